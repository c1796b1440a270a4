//! Checks requirement-set files before they are published, with the widget's own rules:
//! `./dev validate requirements/my-set.json`. Each problem is printed with its JSON path.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use mt_requirements::{read_text, Problem};

    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: validate-requirements FILE.json [FILE.json …]");
        return std::process::ExitCode::from(2);
    }
    let mut all_valid = true;
    for file in &files {
        let checked = std::fs::read_to_string(file)
            .map_err(|error| {
                vec![Problem {
                    path: "$".into(),
                    message: format!("cannot read the file: {error}"),
                }]
            })
            .and_then(|text| read_text(&text));
        match checked {
            Ok(set) => println!(
                "{file}: valid: {} version {} ({} questions, {} requirements)",
                set.name,
                set.version,
                set.questions.len(),
                set.requirements.len()
            ),
            Err(problems) => {
                all_valid = false;
                println!("{file}: {} problem(s)", problems.len());
                for problem in problems {
                    println!("  {problem}");
                }
            }
        }
    }
    if all_valid {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
