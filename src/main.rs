fn main() -> std::process::ExitCode {
    velkommen::cli::main()
}
