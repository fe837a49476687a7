import Testing
@testable import PlainTextReader

@Suite struct LanguageTests {
    @Test(arguments: [
        ("en", "The council said that the plan was approved by the members of the board on Monday."),
        ("de", "Die Regierung hat am Mittwoch mitgeteilt, dass der Plan nicht mit dem Gesetz vereinbar ist und auch die Länder zustimmen."),
        ("fr", "Le gouvernement a annoncé que le projet est une priorité pour les habitants de la ville et qui sera voté."),
        ("es", "El gobierno dijo que el plan es una prioridad para los ciudadanos de la región y que se votará con el apoyo del partido."),
        ("it", "Il governo ha detto che il piano è una priorità per gli abitanti della città e che non sono previsti ritardi."),
        ("nl", "De regering heeft gezegd dat het plan niet van tafel is en dat het ook voor de inwoners een prioriteit is."),
        ("sv", "Regeringen säger att det är en plan som inte har varit på bordet och att den ska gå till riksdagen."),
        ("no", "Regjeringen sier at det er en plan som ikke har vært på bordet, og at den skal til Stortinget etter valget."),
        ("da", "Regeringen siger, at det er en plan, som ikke har været på bordet, og at den skal behandles efter valget af folketinget."),
        ("fi", "Hallitus sanoo, että suunnitelma ei ole vielä valmis, mutta se on myös tärkeä, kun se tulee eduskuntaan nyt."),
    ])
    func detectsLanguage(_ expected: String, _ text: String) {
        #expect(LanguageDetector.detect([text]) == expected)
    }
}
