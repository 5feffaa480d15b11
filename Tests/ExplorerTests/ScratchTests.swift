import Explorer
import Testing

@Test func scratch() {
    var state = ExplorerFixture.state(width: 100, height: 30)
    print(ExplorerFixture.screen(state).joined(separator: "\n"))
    state = ExplorerReducer.reduce(state, keys: "]lll<Enter>")
    print(ExplorerFixture.screen(state).joined(separator: "\n"))
    state = ExplorerReducer.reduce(state, keys: "<Enter>")
    print(ExplorerFixture.screen(state).joined(separator: "\n"))
}
