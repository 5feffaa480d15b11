@preconcurrency import CNCurses
import Explorer
import Foundation
import Synchronization

/// Whether curses mode is on: the terminal is restored once, whoever asks first (a normal exit,
/// an error or a signal).
private let terminalActive = Mutex(false)

/// Ends curses mode if it is on; safe to call more than once and from a signal source.
func restoreTerminal() {
    terminalActive.withLock { active in
        if active {
            active = false
            endwin()
        }
    }
}

/// What to do, once the terminal is restored, when SIGTERM or SIGHUP ends the explorer: save the
/// reading place, as quitting does.
private let lastWords = Mutex<(@Sendable () -> Void)?>(nil)

/// The real terminal through ncurses: the only code in legit that touches it.
public final class Terminal {
    /// Why the explorer cannot run on this terminal.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    private var previous: Grid?
    private var pairs: [Int: Int16] = [:]
    private var signalSources: [DispatchSourceSignal] = []
    public let colors: ColorSupport

    /// Starts curses on the controlling terminal, or says why it cannot.
    public init() throws {
        let term = Terminal.environment("TERM") ?? ""
        if term.isEmpty || term == "dumb" {
            throw Unavailable(description: "TERM is \(term.isEmpty ? "not set" : "dumb"); the explorer needs a terminal that can move the cursor")
        }
        Terminal.chooseLocale()
        guard newterm(nil, stdout, stdin) != nil else {
            throw Unavailable(description: "the terminal type \(term) is unknown here (no terminfo entry); try TERM=xterm-256color")
        }
        terminalActive.withLock { $0 = true }
        atexit { restoreTerminal() }
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler { @Sendable in
                restoreTerminal()
                if let action = lastWords.withLock({ $0 }) { action() }
                exit(128 + signal)
            }
            source.resume()
            signalSources.append(source)
        }
        raw()
        noecho()
        keypad(legit_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(legit_all_mouse_events(), nil)
        mouseinterval(0)
        let wantsColor = Terminal.environment("NO_COLOR").map { $0.isEmpty } ?? true
        if wantsColor, has_colors() {
            start_color()
            use_default_colors()
            colors = legit_colors() >= 8 ? .basic : .none
        } else {
            colors = .none
        }
    }

    deinit {
        stop()
    }

    /// Picks a UTF-8 locale: the environment's, or C.UTF-8 when it is not UTF-8.
    static func chooseLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).utf8.filter { $0 != UInt8(ascii: "-") }
        if String(decoding: codeset, as: UTF8.self).uppercased() != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    /// The environment variable `name`, read directly: `ProcessInfo` copies the whole environment.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Sets what a signal that ends the explorer does after restoring the terminal (nil: nothing).
    public static func onSignalExit(_ action: (@Sendable () -> Void)?) {
        lastWords.withLock { $0 = action }
    }

    /// Ends curses mode and leaves the terminal as it was.
    public func stop() {
        Terminal.onSignalExit(nil)
        restoreTerminal()
        for source in signalSources { source.cancel() }
        signalSources = []
    }

    /// The size in cells of the terminal on standard output, asked of the terminal itself before
    /// curses starts, so work can be laid out for it meanwhile; nil when it cannot say.
    public static func windowSize() -> (width: Int, height: Int)? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(legit_stdscr())), Int(getmaxy(legit_stdscr())))
    }

    /// Draws `grid`, writing only the runs of cells that changed since the last frame; each run
    /// of one style goes out in a single call.
    public func draw(_ grid: Grid) {
        let sameSize = previous.map { $0.width == grid.width && $0.height == grid.height } ?? false
        if !sameSize { erase() }
        // After `erase` the screen is blank, so a full redraw is a change from a blank frame.
        let before = sameSize ? previous : nil
        func unchanged(_ x: Int, _ y: Int) -> Bool { (before?[x, y] ?? .blank) == grid[x, y] }
        var run: [wchar_t] = []
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                if unchanged(x, y) {
                    x += 1
                    continue
                }
                let style = grid[x, y].style
                let start = x
                var end = x
                // A run goes on across a few unchanged cells of its style: one call is cheaper than two.
                while x < grid.width, grid[x, y].style == style, x - end < Self.gapInRun {
                    if !unchanged(x, y) { end = x + 1 }
                    x += 1
                }
                x = end
                run.removeAll(keepingCapacity: true)
                for column in start..<end {
                    for scalar in grid[column, y].text.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                }
                put(run, style: style, x: start, y: y)
            }
        }
        previous = grid
        refresh()
    }

    /// The most unchanged cells a run of changed ones carries on across.
    private static let gapInRun = 8

    private func put(_ text: [wchar_t], style: CellStyle, x: Int, y: Int) {
        guard !text.isEmpty else { return }
        var attributes = legit_a_normal()
        if style.bold { attributes |= legit_a_bold() }
        if style.dim { attributes |= legit_a_dim() }
        if style.italic { attributes |= legit_a_italic() }
        if style.underline { attributes |= legit_a_underline() }
        if style.reverse { attributes |= legit_a_reverse() }
        let pair = colors == .none ? 0 : pairNumber(style.foreground, style.background)
        legit_set_attributes(attributes, pair)
        _ = mvaddnwstr(Int32(y), Int32(x), text, Int32(text.count))
    }

    private func pairNumber(_ foreground: TerminalColor?, _ background: TerminalColor?) -> Int16 {
        guard foreground != nil || background != nil else { return 0 }
        let key = (foreground?.rawValue ?? 8) * 9 + (background?.rawValue ?? 8)
        if let pair = pairs[key] { return pair }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, Int16(foreground?.rawValue ?? -1), Int16(background?.rawValue ?? -1))
        pairs[key] = pair
        return pair
    }

    /// Waits for the next key, click, scroll or resize; with a `timeout` in milliseconds, returns
    /// nil when none comes in that time.
    public func nextEvent(timeout: Int32? = nil) -> ExplorerEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        wtimeout(legit_stdscr(), timeout ?? -1)
        while true {
            var character: wint_t = 0
            let result = wget_wch(legit_stdscr(), &character)
            if result == ERR { return nil }
            if result == KEY_CODE_YES {
                if let event = keyCode(Int32(character)) { return event }
                continue
            }
            if character == 27 {
                guard let event = escapeSequence() else { continue }
                return event
            }
            if let key = Terminal.key(forCharacter: UInt32(character)) { return .key(key) }
        }
    }

    /// Events read ahead: the key typed right after a lone Escape.
    private var pending: [ExplorerEvent] = []

    /// The rest of an escape sequence the terminal description did not know, read whole: its key,
    /// or nothing for a sequence legit has no use for; a lone Escape is Escape.
    private func escapeSequence() -> ExplorerEvent? {
        var scalars: [UInt32] = []
        // The rest of a sequence arrives with its escape; a person pressing Escape sends nothing more.
        wtimeout(legit_stdscr(), Self.sequenceWait)
        defer { wtimeout(legit_stdscr(), -1) }
        while scalars.count < 32 {
            var character: wint_t = 0
            let result = wget_wch(legit_stdscr(), &character)
            if result == ERR { return scalars.isEmpty ? .key(.escape) : nil }
            if result == KEY_CODE_YES {
                // A key ncurses knows, right after an Escape: the Escape on its own, then the key.
                if let event = keyCode(Int32(character)) { pending.append(event) }
                return .key(.escape)
            }
            scalars.append(UInt32(character))
            switch EscapeSequence.read(scalars) {
            case .incomplete: continue
            case .key(let key): return key.map { .key($0) }
            case .escapeThen(let key):
                pending.append(.key(key))
                return .key(.escape)
            }
        }
        return nil
    }

    /// How long, in milliseconds, the rest of an escape sequence may take to arrive.
    private static let sequenceWait: Int32 = 30

    /// Gives the terminal back to the shell and stops the process, as Ctrl-Z does in a shell; when
    /// the shell continues it (`fg`), takes the terminal again and forgets the screen, so the next
    /// frame is drawn whole. Returns the terminal's size when it changed meanwhile.
    public func suspend() -> (width: Int, height: Int)? {
        let before = size
        endwin()
        let previous = signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Stopped here until the shell continues the job.
        signal(SIGTSTP, previous)
        refresh()
        forgetScreen()
        if let measured = Terminal.windowSize(), measured.width != before.width || measured.height != before.height {
            resizeterm(Int32(measured.height), Int32(measured.width))
        }
        let after = size
        return after.width != before.width || after.height != before.height ? after : nil
    }

    /// Forgets what is on the screen, so the next frame clears it and draws every cell (Ctrl-L).
    public func forgetScreen() {
        previous = nil
        clearok(legit_stdscr(), true)
    }

    /// The key for a character read from the terminal.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .key(Character($0)) }
        }
    }

    private func keyCode(_ code: Int32) -> ExplorerEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE:
            previous = nil
            let (width, height) = size
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            if state & legit_button4_pressed() != 0 { return .scroll(x: Int(event.x), y: Int(event.y), lines: -1) }
            if state & legit_button5_pressed() != 0 { return .scroll(x: Int(event.x), y: Int(event.y), lines: 1) }
            if state & (legit_button1_pressed() | legit_button1_clicked()) != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
            return nil
        default:
            return nil
        }
    }
}

private extension Key {
    static func key(_ character: Character) -> Key { .character(character) }
}
