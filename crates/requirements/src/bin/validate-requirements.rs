//! Checks requirement-set files before they are published, with the widget's own rules:
//! `./dev validate requirements/my-set.json`. Each problem is printed with its JSON path. A set
//! that lists `translations` is checked in each of them too, from the files beside it
//! (`my-set.es.json`). `--template es my-set.json` prints a translation file to start from.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match arguments.as_slice() {
        [flag, language, file] if flag == "--template" => template(language, file),
        [] => {
            eprintln!("usage: validate-requirements FILE.json [FILE.json …]");
            eprintln!("       validate-requirements --template LANGUAGE FILE.json");
            std::process::ExitCode::from(2)
        }
        files => {
            let mut all_valid = true;
            for file in files {
                all_valid &= check(file);
            }
            if all_valid {
                std::process::ExitCode::SUCCESS
            } else {
                std::process::ExitCode::FAILURE
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read(file: &str) -> Result<String, Vec<mt_requirements::Problem>> {
    std::fs::read_to_string(file).map_err(|error| {
        vec![mt_requirements::Problem {
            path: "$".into(),
            message: format!("cannot read the file: {error}"),
        }]
    })
}

/// Where the translation of `file` into `language` is: `NAME.LANG.json` beside it.
#[cfg(not(target_arch = "wasm32"))]
fn translation_file(file: &str, language: &str) -> String {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    format!("{stem}.{language}.json")
}

/// Prints what `file` comes to, or its problems; true if it and its translations are all usable.
#[cfg(not(target_arch = "wasm32"))]
fn check(file: &str) -> bool {
    let text = match read(file) {
        Ok(text) => text,
        Err(problems) => return report(file, &problems),
    };
    let set = match mt_requirements::read_text(&text) {
        Ok(set) => set,
        Err(problems) => return report(file, &problems),
    };
    println!(
        "{file}: valid: {} version {} in {} ({} questions, {} requirements)",
        set.name,
        set.version,
        set.language,
        set.questions.len(),
        set.requirements.len()
    );
    let mut valid = true;
    for language in &set.translations {
        let translation = translation_file(file, language);
        match read(&translation)
            .and_then(|translated| mt_requirements::read_translated(&text, &translated))
        {
            Ok(translated) => {
                let texts = mt_requirements::format::texts(&document(&text)).len();
                println!(
                    "{translation}: valid: all {texts} texts in {language}, {} not yet reviewed by a person",
                    translated.unreviewed
                );
            }
            Err(problems) => valid &= report(&translation, &problems),
        }
    }
    valid
}

#[cfg(not(target_arch = "wasm32"))]
fn document(text: &str) -> mt_requirements::format::document::SetDocument {
    use mt_requirements::format::{FromJson, Json, Location};
    let json = Json::parse(text).expect("checked before");
    FromJson::from_json(&json, &Location::Root).expect("checked before")
}

#[cfg(not(target_arch = "wasm32"))]
fn report(file: &str, problems: &[mt_requirements::Problem]) -> bool {
    println!("{file}: {} problem(s)", problems.len());
    for problem in problems {
        println!("  {problem}");
    }
    false
}

/// Prints a translation file for `language` holding the set's own texts, each marked as a draft.
#[cfg(not(target_arch = "wasm32"))]
fn template(language: &str, file: &str) -> std::process::ExitCode {
    use mt_requirements::format::Text;

    let text = match read(file) {
        Ok(text) => text,
        Err(problems) => {
            report(file, &problems);
            return std::process::ExitCode::FAILURE;
        }
    };
    if let Err(problems) = mt_requirements::read_text(&text) {
        report(file, &problems);
        return std::process::ExitCode::FAILURE;
    }
    let document = document(&text);
    let quote = |text: &str| {
        let mut quoted = String::from('"');
        for c in text.chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                '\n' => quoted.push_str("\\n"),
                c if u32::from(c) < 0x20 => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => quoted.push(c),
            }
        }
        quoted.push('"');
        quoted
    };
    let entries: Vec<String> = mt_requirements::format::texts(&document)
        .into_iter()
        .map(|(key, text)| {
            let value = match text {
                Text::One(text) => quote(&text),
                Text::Paragraphs(paragraphs) => {
                    let items: Vec<String> = paragraphs
                        .iter()
                        .map(|paragraph| format!("      {}", quote(paragraph)))
                        .collect();
                    format!("[\n{}\n    ]", items.join(",\n"))
                }
            };
            format!("    {}: {{ \"draft\": {value} }}", quote(&key))
        })
        .collect();
    println!(
        "{{\n  \"$schema\": \"./translation.schema.json\",\n  \"format\": {},\n  \"set\": {},\n  \"version\": {},\n  \"language\": {},\n  \"strings\": {{\n{}\n  }}\n}}",
        quote(mt_requirements::TRANSLATION_FORMAT),
        quote(&document.name),
        quote(&document.version),
        quote(language),
        entries.join(",\n")
    );
    std::process::ExitCode::SUCCESS
}
