import LegitCommands

Legit.main()
