pub fn compile_generators() {}
