import ArgumentGraph
import EssayKit
import FuzzSupport

/// libFuzzer's entry: the input is a YAML file, read both as an essay's annotations and as a
/// framework. Whatever loads is then used as `legit` uses it: the annotations are checked and
/// anchored against the bundled essay, with the input's framework (or Caron's), and the graph built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (annotations, _) = AnnotationLoader.load(yaml: yaml, path: "fuzz.claims.yaml")
    let (framework, _) = FrameworkLoader.load(yaml: yaml, path: "fuzz-framework.yaml")
    // Anchoring and building cost milliseconds on the whole essay: only when there is something to use.
    guard annotations?.claims.isEmpty == false || framework != nil else { return 0 }
    let files = ArgumentFiles(essayPath: BundledCorpus.essay.source.path, annotations: annotations,
                              framework: framework ?? BundledCorpus.framework,
                              annotationsPath: annotations.map { _ in "fuzz.claims.yaml" })
    let loaded = ArgumentLoader.load(essay: BundledCorpus.essay, files: files)
    return loaded.map.claims.count < 0 ? 1 : 0
}
