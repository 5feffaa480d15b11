import ArgumentGraph

/// The keys of the factor lens: choose factors by their place in the framework, a stance, and
/// whether the outline hides what the lens leaves out.
enum FactorLens {
    static func toggle(factor number: Int, in state: inout ExplorerState) {
        let factors = state.model.factors
        guard factors.indices.contains(number - 1) else {
            state.message = factors.isEmpty ? "no framework: there are no factors to filter by"
                : "the framework has only " + Plural.count(factors.count, "factor") + " (1 to \(factors.count))"
            return
        }
        state.filter.toggle(factors[number - 1].id, order: factors.map(\.id))
        describe(in: &state)
    }

    static func cycleStance(in state: inout ExplorerState) {
        state.filter.stance = FactorFilter.nextStance(after: state.filter.stance)
        describe(in: &state)
    }

    static func toggleHiding(in state: inout ExplorerState) {
        state.filter.hidesOthers.toggle()
        state.message = state.filter.hidesOthers
            ? (state.filter.isActive ? "the outline lists only the claims the lens keeps" : "the outline will list only the claims the lens keeps; 1–9 choose factors")
            : "the outline lists every claim"
    }

    /// Says how many claims the lens keeps, annotated and suggested apart.
    static func describe(in state: inout ExplorerState) {
        guard state.filter.isActive else {
            state.message = "the factor lens is off"
            return
        }
        let claims = state.model.claims
        let annotated = claims.filter { $0.isAnnotated && $0.factors.contains { $0.source == .annotated && state.filter.matches($0) } }.count
        let suggested = claims.filter { $0.factors.contains { $0.source == .suggested && state.filter.matches($0) } }.count
        var text = Plural.count(annotated, "claim") + " " + (annotated == 1 ? "speaks" : "speak") + " to " + name(state.filter, state.model)
        if suggested > 0 { text += "; " + Plural.count(suggested, "other sentence") + " " + (suggested == 1 ? "suggests" : "suggest") + " it" }
        state.message = text
    }

    /// The lens in words: `oversight or participation, not met`.
    static func name(_ filter: FactorFilter, _ model: ExplorerModel) -> String {
        var text = filter.factors.isEmpty ? "any factor" : filter.factors.map { (model.factor($0)?.name ?? $0).lowercased() }.joined(separator: " or ")
        if let stance = filter.stance { text += ", " + model.name(of: stance) }
        return text
    }
}
