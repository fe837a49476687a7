// Generated from Templates/page.html.mustache by scripts/embed-templates.sh; do not edit.
// A test checks that the two stay identical.

/// The default page template, built into the binary.
enum DefaultPageTemplate {
    static let text = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<meta name="description" content="{{description}}">
<meta name="generator" content="{{generator}}">
<script type="application/ld+json">{{{jsonLD}}}</script>
<style>
  :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --paper: #fffdf8; --accent: #9b1c1c; }
  @media (prefers-color-scheme: dark) { :root { --ink: #ececec; --muted: #a8a8ad; --rule: #3a3a3f; --paper: #141416; --accent: #f28b82; } }
  html { background: var(--paper); color: var(--ink); }
  body { margin: 0; padding: 2.5rem 1.25rem 4rem; font: 1.125rem/1.65 Georgia, "Times New Roman", serif; }
  .copydesk-article { max-width: 42rem; margin: 0 auto; }
  .copydesk-header { border-bottom: 1px solid var(--rule); margin-bottom: 1.75rem; padding-bottom: 1.25rem; }
  .copydesk-headline { font-size: clamp(1.9rem, 4.5vw, 2.7rem); line-height: 1.15; margin: 0 0 .6rem; letter-spacing: -.01em; }
  .copydesk-deck { font-size: 1.3rem; line-height: 1.4; color: var(--muted); margin: 0 0 1rem; }
  .copydesk-byline, .copydesk-published { font: 600 .85rem/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; text-transform: uppercase; letter-spacing: .06em; margin: .2rem 0; }
  .copydesk-published { font-weight: 400; color: var(--muted); }
  .copydesk-figure { margin: 0 0 1.75rem; padding: 0 0 .75rem; border-bottom: 1px solid var(--rule); }
  .copydesk-figure figcaption { font: .9rem/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--muted); }
  .copydesk-credit { display: block; margin-top: .3rem; font-size: .72rem; letter-spacing: .06em; text-transform: uppercase; }
  .copydesk-dateline { font-weight: 700; letter-spacing: .02em; }
  .copydesk-section p { margin: 0 0 1.1rem; }
  .copydesk-subhead { font: 700 1.2rem/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem 0 .75rem; }
  .copydesk-quote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid var(--accent); font-style: italic; }
  .copydesk-break { border: 0; text-align: center; margin: 2rem 0; }
  .copydesk-break::after { content: "* * *"; color: var(--muted); letter-spacing: .5em; }
  .copydesk-boilerplate { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); font: .8rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--muted); }
  .copydesk-boilerplate p { margin: .2rem 0; }
</style>
</head>
<body>
{{{body}}}
</body>
</html>
"""#
}
