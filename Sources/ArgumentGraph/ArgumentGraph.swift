import EssayKit
