/// `1 claim`, `2 claims`, `0 claims`: a count and its noun, plural unless the count is one.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
