//! Plain words, measured: sentence length, Flesch–Kincaid grade, U.S. spelling and explained terms.
//! Shared by `readability.rs` (the shipped sets' texts) and `render.rs` (the widget's own text as
//! rendered).
//!
//! Why Flesch–Kincaid per sentence: it is the grade formula U.S. plain-language guidance uses, and
//! a sentence is the unit a reader struggles with. A passage average would let one hard sentence
//! hide between easy ones. A single sentence's grade is noisy, so the bar is "about grade 8": a
//! sentence fails above [`MAX_GRADE`], and every text's passage grade must stay at or under
//! [`MAX_PASSAGE_GRADE`].
//!
//! The visitor's own profession has long words no plain synonym replaces (laboratory,
//! certification). Those in [`PROFESSION`] count as two syllables, like an ordinary word, so the
//! score measures how we write rather than what the job is called. Terms a visitor must learn,
//! acronyms above all, are in [`TERMS`] with the words that explain them; a set that uses a term
//! must also contain its explanation.
#![allow(dead_code)]

pub mod spanish;

use mt_requirements::RequirementSet;

/// The titles of a set's sources, requirements' and steps': other people's words, which the
/// plain-words checks leave out.
pub fn source_titles(set: &RequirementSet) -> Vec<String> {
    set.requirements
        .iter()
        .map(|requirement| requirement.source.title.clone())
        .chain(
            set.path
                .iter()
                .flat_map(|path| path.steps.iter().map(|step| step.source.title.clone())),
        )
        .collect()
}

/// The longest sentence allowed, in words.
pub const MAX_WORDS: usize = 25;
/// The highest Flesch–Kincaid grade of one sentence of at least [`GRADED_SENTENCE`] words.
pub const MAX_GRADE: f64 = 10.0;
/// The highest Flesch–Kincaid grade of a text (a paragraph) of at least [`GRADED_PASSAGE`] words.
pub const MAX_PASSAGE_GRADE: f64 = 8.0;
/// The formula means nothing for a label of two words ("Bachelor's degree" scores 14.7), so
/// shorter sentences are not graded; their words still are, inside the passage.
pub const GRADED_SENTENCE: usize = 8;
/// Below this many words a text is a label or a title, not a passage.
pub const GRADED_PASSAGE: usize = 15;

/// Words of the visitor's profession, and place names, counted as two syllables (see the module
/// docs).
pub const PROFESSION: &[&str] = &[
    "laboratory",
    "laboratories",
    "certification",
    "certifications",
    "certificate",
    "certified",
    "technologist",
    "technologists",
    "technician",
    "technicians",
    "technology",
    "hematology",
    "microbiology",
    "biotechnology",
    "biochemistry",
    "chemistry",
    "biological",
    "biology",
    "cytology",
    "credential",
    "credentials",
    "evaluation",
    "evaluations",
    "evaluated",
    "experience",
    "immigration",
    "internship",
    "accredited",
    "accreditation",
    "accredits",
    "licensure",
    "licensing",
    "clinical",
    "medical",
    "scientist",
    "scientists",
    "pathology",
    "university",
    "requirement",
    "requirements",
    "education",
    "eligibility",
    "application",
    "applications",
    "documentation",
    "provisional",
    "specialist",
    "administrative",
    "territory",
    "territories",
    "national",
    "international",
    "equivalent",
    "California",
    "Puerto",
    "Rico",
    "Tennessee",
    "Georgia",
    "Florida",
    "Australia",
    "Columbia",
    "Carolina",
    "Dakota",
    "Pennsylvania",
    "Virginia",
    "Mariana",
    "Samoa",
    "Indiana",
    "Louisiana",
    "Minnesota",
    "Mississippi",
    "Oklahoma",
    "Arizona",
    "Nevada",
    "Alabama",
    "Montana",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Iowa",
    "Kentucky",
    "Massachusetts",
    "Michigan",
    "Missouri",
    "Nebraska",
    "Hampshire",
    "Oregon",
    "Wisconsin",
    "Wyoming",
    "Arkansas",
    "Alaska",
    "Virgin",
    "Islands",
    "Canada",
    "Ireland",
    "Zealand",
    "United",
    "Quebec",
];

/// Terms a visitor must learn, each with words that explain it; a text set that uses the term
/// must contain the explanation somewhere.
pub const TERMS: &[(&str, &str)] = &[
    ("MT", "Medical Technologist (MT)"),
    ("MLS", "Medical Laboratory Scientist (MLS)"),
    ("CLS", "Clinical Laboratory Scientist (CLS)"),
    ("MLT", "Medical Laboratory Technician"),
    (
        "ASCP",
        "ASCP is the American Society for Clinical Pathology",
    ),
    ("ASCPi", "ASCP's international"),
    ("AMT", "AMT is American Medical Technologists"),
    ("VisaScreen", "health care worker certificate"),
    ("CGFNS", "A group called CGFNS"),
    ("NAACLS", "NAACLS, the U.S. body that accredits"),
    ("NACES", "Both are groups of evaluation services"),
    ("AICE", "Both are groups of evaluation services"),
    ("CMP", "Credential Maintenance Program (CMP)"),
    ("LFS", "Laboratory Field Services (LFS)"),
    ("NYSED", "The State Education Department (NYSED)"),
    ("HRSA", "A U.S. health agency, HRSA"),
    ("PERM", "labor certification, called PERM"),
    ("CMA", "ASCP names CMA accreditation"),
    ("BB", "BB(ASCP) for blood banking"),
    ("H-1B", "a work visa (H-1B or TN)"),
    ("TN", "a work visa (H-1B or TN)"),
    ("F-1", "a student visa (F-1)"),
    ("HIV", "HIV/AIDS course"),
    ("AIDS", "HIV/AIDS course"),
    ("PhD", "Doctorate (PhD or similar)"),
    ("AAB", "MT(AAB)"),
    ("WES", "WES is an evaluation service"),
    ("USCIS", "U.S. immigration agency (USCIS)"),
    ("EB-3", "an employer's green card (EB-3)"),
];

/// British spellings and their U.S. forms.
pub const BRITISH: &[(&str, &str)] = &[
    ("licence", "license"),
    ("summarise", "summarize"),
    ("organisation", "organization"),
    ("colour", "color"),
    ("centre", "center"),
    ("programme", "program"),
    ("behaviour", "behavior"),
    ("analyse", "analyze"),
    ("recognise", "recognize"),
    ("practise", "practice"),
    ("judgement", "judgment"),
    ("enrol", "enroll"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("labour", "labor"),
    ("catalogue", "catalog"),
    ("defence", "defense"),
    ("travelled", "traveled"),
    ("cancelled", "canceled"),
];

/// One sentence that reads too hard, with the numbers that say why.
#[derive(Debug)]
pub struct HardSentence {
    /// The sentence.
    pub sentence: String,
    /// Its words.
    pub words: usize,
    /// Its Flesch–Kincaid grade.
    pub grade: f64,
}

/// The sentences of a text. "U.S." and "D.C." do not end a sentence; a label with no full stop
/// is one sentence. A colon does not end one: a list after it counts toward the sentence's length.
pub fn sentences(text: &str) -> Vec<String> {
    let guarded = text.replace("U.S.", "U.S\u{1}").replace("D.C.", "D.C\u{1}");
    let mut found = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = guarded.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        current.push(c);
        let ends = matches!(c, '.' | '!' | '?')
            && chars.get(at + 1).is_none_or(|next| next.is_whitespace());
        if ends {
            found.push(std::mem::take(&mut current));
        }
    }
    found.push(current);
    found
        .into_iter()
        .map(|sentence| sentence.replace('\u{1}', ".").trim().to_owned())
        .filter(|sentence| sentence.chars().any(char::is_alphanumeric))
        .collect()
}

/// The words of a sentence: runs of letters, digits, apostrophes, hyphens and parentheses.
pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != ')'))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect()
}

/// Syllables by vowel groups, with a silent final "e"; acronyms and numbers count as one a part.
pub fn syllables(word: &str) -> usize {
    if PROFESSION
        .iter()
        .any(|known| known.eq_ignore_ascii_case(word.trim_end_matches("'s")))
    {
        return 2;
    }
    word.split(|c: char| !c.is_alphabetic())
        .filter(|part| !part.is_empty())
        .map(|part| {
            if part.chars().all(|c| c.is_uppercase()) {
                return 1;
            }
            let lower = part.to_lowercase();
            let vowel = |c: char| "aeiouy".contains(c);
            let mut count = 0;
            let mut previous = false;
            for c in lower.chars() {
                let is = vowel(c);
                if is && !previous {
                    count += 1;
                }
                previous = is;
            }
            if lower.ends_with('e') && !lower.ends_with("le") && count > 1 {
                count -= 1;
            }
            if (lower.ends_with("ed") || lower.ends_with("es"))
                && !lower.ends_with("ted")
                && !lower.ends_with("ded")
                && !lower.ends_with("ses")
                && !lower.ends_with("ces")
                && !lower.ends_with("zes")
                && count > 1
            {
                count -= 1;
            }
            count.max(1)
        })
        .sum::<usize>()
        .max(1)
}

/// The Flesch–Kincaid grade of a run of sentences.
pub fn grade(sentences: &[String]) -> f64 {
    let words: Vec<&str> = sentences.iter().flat_map(|s| words(s)).collect();
    if words.is_empty() {
        return 0.0;
    }
    let syllables: usize = words.iter().map(|word| syllables(word)).sum();
    0.39 * (words.len() as f64 / sentences.len() as f64)
        + 11.8 * (syllables as f64 / words.len() as f64)
        - 15.59
}

/// Every problem with one visitor-facing text: too long or too hard sentences, British spelling,
/// a passage above grade 8. `place` says where the text is, for the message.
pub fn problems(place: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let all = sentences(text);
    for sentence in &all {
        let count = words(sentence).len();
        let hard = grade(std::slice::from_ref(sentence));
        if count > MAX_WORDS {
            found.push(format!(
                "{place}: {count} words (at most {MAX_WORDS}): {sentence:?}"
            ));
        }
        if count >= GRADED_SENTENCE && hard > MAX_GRADE {
            found.push(format!(
                "{place}: grade {hard:.1} (at most {MAX_GRADE}): {sentence:?}"
            ));
        }
    }
    let passage = grade(&all);
    let length: usize = all.iter().map(|sentence| words(sentence).len()).sum();
    if length >= GRADED_PASSAGE && passage > MAX_PASSAGE_GRADE {
        found.push(format!(
            "{place}: the text reads at grade {passage:.1} (at most {MAX_PASSAGE_GRADE}): {text:?}"
        ));
    }
    let lower = text.to_lowercase();
    for (british, american) in BRITISH {
        if lower.contains(british) {
            found.push(format!(
                "{place}: British spelling {british:?}, write {american:?}: {text:?}"
            ));
        }
    }
    found
}

/// Acronyms and coined terms in a text that [`TERMS`] does not list.
pub fn unexplained_terms(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for word in words(text) {
        for part in word.split(|c: char| !c.is_alphanumeric() && c != '-') {
            let part = part.trim_matches('-');
            let capitals = part.chars().filter(|c| c.is_uppercase()).count();
            let looks_like_term = capitals >= 2 && part.chars().any(|c| c.is_alphabetic());
            if looks_like_term
                && part != "US"
                && !TERMS.iter().any(|(term, _)| *term == part)
                && !found.contains(&part.to_owned())
            {
                found.push(part.to_owned());
            }
        }
    }
    found
}

/// Whether `text` uses `term` as a word or a part of one, such as MLS in "MLS(ASCPi)".
pub fn uses_term(text: &str, term: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|part| part.trim_matches('-') == term)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_as_expected() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("apply"), 2);
        assert_eq!(syllables("license"), 2);
        assert_eq!(syllables("laboratory"), 2);
        assert_eq!(
            sentences("Work in the U.S. is open. Ask us: we help."),
            ["Work in the U.S. is open.", "Ask us: we help."]
        );
        assert_eq!(
            words("MLS(ASCPi) is ASCP's exam."),
            ["MLS(ASCPi)", "is", "ASCP's", "exam"]
        );
        // A list after a colon counts toward its sentence, and a credential is one word: this
        // sentence, once shipped, is 26 words.
        let listed = "We ask for certification as a Medical Laboratory Scientist: MLS(ASCP) or the international MLS(ASCPi) from the ASCP Board of Certification, or MLS(AMT), formerly MT(AMT), from AMT.";
        assert_eq!(words(listed).len(), 26);
        assert!(problems("t", listed)
            .iter()
            .any(|problem| problem.contains("26 words (at most 25)")));
        assert!(grade(&["The cat sat on the mat.".into()]) < 2.0);
        let dense = "Internationally standardized certification examinations necessitate comprehensive documentation verification.";
        assert!(!problems("t", dense).is_empty());
        assert_eq!(
            unexplained_terms("Ask XYZ about MLS(ASCPi) in the U.S."),
            ["XYZ"]
        );
        assert!(uses_term("Take MLS(ASCPi) now", "ASCPi"));
        assert!(!uses_term("Take MLS(ASCPi) now", "ASCP"));
    }
}
