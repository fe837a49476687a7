import CopydeskCLI

CopydeskCommand.runAndExit()
