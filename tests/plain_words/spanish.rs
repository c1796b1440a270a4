//! Plain words in Spanish, measured by the Szigriszt–Pazos perspicuity index and read on the
//! INFLESZ scale (Barrio-Cantalejo et al., 2008), the scale Spanish health writing uses:
//! below 40 is very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, above 80 very easy.
//! "Normal" is what readers aged 12 to 16 handle, which matches the U.S. grade 8 the English
//! texts are held to, so every passage must score at least [`MIN_PASSAGE_INDEX`]. One sentence
//! is noisy, so a sentence only fails below [`MIN_SENTENCE_INDEX`], "very hard".
//!
//! Szigriszt–Pazos rather than Fernández-Huerta: Fernández-Huerta's published formula subtracts
//! sentences per 100 words, so it scores longer sentences as easier; Szigriszt–Pazos is the
//! corrected adaptation of Flesch, and INFLESZ gives its scores a tested meaning.
//!
//! As in English, the visitor's profession has long words no plain synonym replaces
//! (laboratorio, certificación); those in [`PROFESSION`] count as two syllables. English terms
//! kept in parentheses on purpose ("licencia estatal (state license)") are not Spanish words and
//! are left out of the count.

use super::{sentences, words, MAX_WORDS};

/// The lowest index a passage of at least [`GRADED_PASSAGE`] words may have: INFLESZ "normal".
pub const MIN_PASSAGE_INDEX: f64 = 55.0;
/// The lowest index one sentence of at least [`GRADED_SENTENCE`] words may have: INFLESZ "very hard" begins below it.
pub const MIN_SENTENCE_INDEX: f64 = 40.0;
/// As in English: shorter sentences are labels, not graded on their own.
pub const GRADED_SENTENCE: usize = 8;
/// As in English: shorter texts are labels or titles.
pub const GRADED_PASSAGE: usize = 15;

/// Words of the visitor's profession counted as two syllables (see the module docs).
pub const PROFESSION: &[&str] = &[
    "laboratorio",
    "laboratorios",
    "certificación",
    "certificaciones",
    "certificado",
    "certificada",
    "certificados",
    "tecnólogo",
    "tecnólogos",
    "científico",
    "científicos",
    "clínico",
    "clínica",
    "clínicos",
    "clínicas",
    "hematología",
    "microbiología",
    "inmunología",
    "inmigración",
    "evaluación",
    "licenciatura",
    "biotecnología",
    "bioquímica",
    "química",
    "biología",
    "biológicas",
    "universidad",
    "universidades",
    "experiencia",
    "acreditado",
    "acreditada",
    "acreditación",
    "requisito",
    "requisitos",
    "internacional",
    "documentación",
    "especialista",
    "territorio",
    "territorios",
    "equivalente",
    "investigación",
];

/// Syllables of a Spanish word: vowel nuclei, where a weak vowel (i, u, ü) next to another
/// vowel forms one syllable with it unless it carries an accent (hiatus: "día"), and two strong
/// vowels (a, e, o) are two. The "u" of "que", "qui", "gue", "gui" is silent, and a final "y"
/// after a vowel belongs to it ("hoy").
pub fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    if PROFESSION.contains(&lower.as_str()) {
        return 2;
    }
    lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|part| !part.is_empty())
        .map(|part| {
            if word
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            {
                return 1;
            }
            let chars: Vec<char> = part.chars().collect();
            let strong = |c: char| "aeoáéóíú".contains(c);
            let weak = |c: char| "iuü".contains(c);
            let mut count = 0;
            let mut previous: Option<char> = None;
            for (at, &c) in chars.iter().enumerate() {
                let silent_u = c == 'u'
                    && at > 0
                    && matches!(chars[at - 1], 'q' | 'g')
                    && chars.get(at + 1).is_some_and(|next| "eéií".contains(*next));
                let final_y = c == 'y' && at + 1 == chars.len() && previous.is_some();
                let vowel = (strong(c) || weak(c)) && !silent_u || final_y;
                if !vowel {
                    previous = None;
                    continue;
                }
                let joins = previous.is_some_and(|before| !(strong(before) && strong(c)));
                if !joins {
                    count += 1;
                }
                previous = Some(c);
            }
            count.max(1)
        })
        .sum::<usize>()
        .max(1)
}

/// The text without English terms in parentheses: "(state license)", "(bachelor's degree)".
/// A parenthesis counts as English when it has no Spanish letter and a word of [`ENGLISH`].
pub fn without_english(text: &str) -> String {
    let mut kept = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + close];
        let english = !inner.contains(|c: char| "áéíóúñ¿¡".contains(c))
            && inner
                .split(|c: char| !c.is_alphabetic() && c != '\'')
                .any(|word| ENGLISH.contains(&word.to_lowercase().as_str()));
        kept.push_str(&rest[..open]);
        if !english {
            kept.push_str(&rest[open..=open + close]);
        }
        rest = &rest[open + close + 1..];
    }
    kept.push_str(rest);
    kept
}

/// Words that mark a parenthesis as an English term kept for recognition.
const ENGLISH: &[&str] = &[
    "license",
    "degree",
    "bachelor's",
    "associate",
    "green",
    "card",
    "route",
    "transcript",
    "credential",
    "evaluation",
    "internship",
    "course",
    "letter",
    "of",
    "the",
    "department",
    "board",
    "health",
    "state",
    "medical",
    "technologist",
    "laboratory",
    "scientist",
    "clinical",
    "science",
    "technician",
    "master's",
    "visa",
    "status",
    "english",
    "test",
    "code",
];

/// The Szigriszt–Pazos index of a run of sentences: 206.835 − 62.3 × syllables per word −
/// words per sentence.
pub fn index(sentences: &[String]) -> f64 {
    let words: Vec<&str> = sentences.iter().flat_map(|s| words(s)).collect();
    if words.is_empty() {
        return 100.0;
    }
    let syllables: usize = words.iter().map(|word| syllables(word)).sum();
    206.835
        - 62.3 * (syllables as f64 / words.len() as f64)
        - words.len() as f64 / sentences.len() as f64
}

/// Every problem with one Spanish visitor-facing text: a sentence over [`MAX_WORDS`] words or
/// very hard, a passage below INFLESZ "normal".
pub fn problems(place: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let measured = without_english(text);
    let all = sentences(&measured);
    for sentence in &all {
        let count = words(sentence).len();
        if count > MAX_WORDS {
            found.push(format!(
                "{place}: {count} words (at most {MAX_WORDS}): {sentence:?}"
            ));
        }
        let score = index(std::slice::from_ref(sentence));
        if count >= GRADED_SENTENCE && score < MIN_SENTENCE_INDEX {
            found.push(format!(
                "{place}: index {score:.0} (at least {MIN_SENTENCE_INDEX}): {sentence:?}"
            ));
        }
    }
    let length: usize = all.iter().map(|sentence| words(sentence).len()).sum();
    let passage = index(&all);
    if length >= GRADED_PASSAGE && passage < MIN_PASSAGE_INDEX {
        found.push(format!(
            "{place}: the text scores {passage:.0} (at least {MIN_PASSAGE_INDEX}): {text:?}"
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_spanish_diphthongs_and_hiatus() {
        for (word, expected) in [
            ("casa", 2),
            ("puede", 2),
            ("día", 2),
            ("país", 2),
            ("aéreo", 4),
            ("que", 1),
            ("guía", 2),
            ("hoy", 1),
            ("y", 1),
            ("estado", 3),
            ("ciudad", 2),
            ("ASCP", 1),
            ("solicitud", 4),
            ("requisito", 2),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }
}
