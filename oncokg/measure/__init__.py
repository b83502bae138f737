"""Measurement, apart from the domain: extraction quality against gold (`evaluation`), the
confidence model's fitting and cross-validation (`calibration`), synthetic corpora with ground
truth (`synth`), and the benchmarks behind `oncokg bench` (`extract_bench`, `ingest_bench`,
`api_bench`)."""
