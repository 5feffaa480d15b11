/// The numbering as evidence that numbers found by their shape are notes' numbers.
enum NoteNumbering {
    /// The positions of the numbers taken, in order: a number is taken when it follows the last
    /// one taken, or opens a run of three in a row (a note lost before it, or one the shape missed).
    static func runningOn(_ numbers: [Int]) -> [Int] {
        var taken: [Int] = []
        var last = 0
        for (index, number) in numbers.enumerated() {
            let next = numbers.dropFirst(index + 1).prefix(2)
            if number == last + 1 || (number > last && Array(next) == [number + 1, number + 2]) {
                taken.append(index)
                last = number
            }
        }
        return taken
    }
}
