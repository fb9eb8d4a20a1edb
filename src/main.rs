fn main() -> std::process::ExitCode {
    velkommen::return_freed_memory_at_once();
    velkommen::cli::main()
}
