/// Counts with their nouns, singular or plural as the count asks: `1 match`, `2 notes`.
public enum Plural {
    /// `count` and `noun`, pluralised for any count but one; thousands grouped (`3,790 hits`).
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        grouped(count) + " " + (count == 1 ? noun : plural ?? Self.plural(of: noun))
    }

    /// The regular plural of an English noun.
    public static func plural(of noun: String) -> String {
        if noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("s") || noun.hasSuffix("x") { return noun + "es" }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        return noun + "s"
    }

    /// `count` with commas between thousands.
    public static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (count < 0 ? "-" : "") + out
    }
}
