//! The widget's words in Spanish for visitors from anywhere: neutral, plain, and "usted" (formal
//! and respectful, as U.S. public services write). tests/render.rs holds them to Fernández-Huerta
//! 60 or more. U.S. terms keep their English name in parentheses where visitors first meet them,
//! in the requirement sets.

use mt_requirements::{Decider, Formatting, NumberError, Summary, Unit};

use super::Messages;

/// Spanish.
pub static SPANISH: Messages = Messages {
    apply: "Postúlese hoy",
    no_apply_link:
        "Este cuestionario no tiene un enlace para postularse que funcione. Por favor, use el botón de esta página para postularse.",
    opens_new_tab: " (se abre en una pestaña nueva)",
    loading: "Cargando el cuestionario…",
    loading_invitation: "Puede postularse en cualquier momento.",
    #[cfg(not(target_arch = "wasm32"))]
    pending: "El cuestionario todavía se está cargando. Ya puede responder, y su resultado aparecerá aquí.",
    misconfigured: "Este cuestionario tiene un error de configuración.",
    misconfigured_invitation: "Aun así, puede postularse. Nuestro equipo de licencias le guiará.",
    where_you_stand: "Su situación",
    disclaimer: "Este cuestionario es una guía, no una decisión de contratación. Sus respuestas no salen de su navegador.",
    met: "Cumplido",
    not_met: "Aún no cumplido",
    not_answered: "Aún sin responder",
    ask: "Depende",
    who_decides,
    change: "Cambiar",
    why: "¿Por qué?",
    not_confirmed: "Aún sin confirmar.",
    agency_rule: "Este es nuestro propio requisito de contratación, no una regla de una junta de certificación.",
    external_rule: "Esta regla es de las juntas de certificación, no nuestra.",
    your_answers: "Sus respuestas:",
    source: "Fuente: ",
    reviewed: |date| format!(". Comparamos este texto con nuestras notas sobre la fuente. Última revisión: {date}."),
    source_line: |title, url, date| format!("Fuente: {title} {url} (revisada el {date})"),
    choose: "Elija…",
    path_hint: "Opcional: unas preguntas más",
    next_steps: "Sus próximos pasos",
    path_empty: "Responda las preguntas de arriba para ver sus próximos pasos.",
    path_loading: "Cargando las preguntas…",
    path_failed: "No se pudieron cargar estas preguntas. Vuelva a cargar la página, o postúlese: nuestro equipo de licencias le guiará.",
    how_long: "Cuánto tarda:",
    starts_after: |groups| format!("Empieza después de: {groups}."),
    line: |month, category, country, date, behind| {
        format!("En el Boletín de Visas de {month}, la fecha de {category} para quienes nacieron en {country} era el {date}. La diferencia es de {behind}.")
    },
    behind,
    line_is_not: "Esto no es una promesa de cuándo le llegará su turno. Su lugar en la espera es la fecha en que su empleador presenta el PERM. La revisión del PERM ocurre durante la espera, no antes. Las fechas pueden avanzar, detenerse o retroceder.",
    line_stale: |days| format!("Este boletín tiene más de {days} días, así que puede estar desactualizado. Consulte el boletín actual o pregunte a nuestro equipo de licencias."),
    notices_heading: "Cambios recientes",
    as_of: |date| format!("al {date}"),
    notice_stale: |days| format!("Esto tiene más de {days} días y puede estar desactualizado. Pregunte a nuestro equipo de licencias antes de actuar."),
    save_answers: "Guardar sus respuestas para después",
    remember: "Recordar mis respuestas en este dispositivo",
    remembered: "Se guardan solo en este navegador y nunca se envían. Quien use este dispositivo puede verlas.",
    forget: "Olvidar mis respuestas",
    forgotten: "Ya no se guardan en este dispositivo.",
    not_remembered: "Este navegador no permitió guardar sus respuestas.",
    copy_link: "Copiar un enlace a sus respuestas",
    link_copied: "Enlace copiado. Ábralo más tarde, en cualquier dispositivo, para ver sus respuestas. Las respuestas van en el enlace, así que compártalo solo con personas de confianza.",
    link_dropped,
    print: "Imprimir la lista",
    copy: "Copiar como texto",
    copied: "Copiado. Puede pegar su lista en un correo o en una nota.",
    copy_failed: "Aquí no se pudo copiar. Seleccione la lista y cópiela usted.",
    unreviewed: "Ninguna persona ha revisado aún esta traducción. Si algo no está claro, pregunte a nuestro equipo de licencias.",
    headline,
    invitation,
    step_count,
    next_step,
    number_error,
    fallback: "Lo sentimos, el cuestionario dejó de funcionar. Aun así, puede postularse.",
    fallback_without_link:
        "Lo sentimos, el cuestionario dejó de funcionar. Por favor, use el botón de esta página para postularse.",
};

fn headline(summary: Summary, formatting: &Formatting) -> String {
    let requirements = Unit {
        one: "requisito".into(),
        other: "requisitos".into(),
    };
    let number = |n: usize| formatting.number(n as i64);
    let of = |met: usize, total: usize| {
        format!(
            "{} de {}",
            number(met),
            formatting.count(total as i64, &requirements)
        )
    };
    let these = |total: usize| {
        if total == 1 {
            "este requisito"
        } else {
            "estos requisitos"
        }
    };
    // Said after the count of what is met: "Otros 2 dependen de la decisión de otra persona."
    let others = |ask: usize| match ask {
        0 => String::new(),
        1 => " Otro depende de la decisión de otra persona.".into(),
        _ => format!(
            " Otros {} dependen de la decisión de otra persona.",
            number(ask)
        ),
    };
    match summary {
        Summary::NothingAnswered => "Responda las preguntas para ver su situación.".into(),
        Summary::SoFarSoGood { met, ask, total } => format!(
            "Hasta ahora cumple {}.{} Responda las demás preguntas para ver el resultado completo.",
            of(met, total),
            others(ask)
        ),
        Summary::Ask {
            met,
            ask,
            total,
            decides,
        } => {
            let who = match decides {
                Some(decider) => format!("lo decide {}", decider_name(decider)),
                None => "lo deciden otras personas".into(),
            };
            let which = match (met, ask) {
                (0, _) => format!("Sobre {}", these(total)),
                (_, 1) => "Sobre el otro".into(),
                (_, ask) => format!("Sobre los otros {}", number(ask)),
            };
            if met == 0 {
                format!("{which}, {who}.")
            } else {
                format!("Cumple {}. {which}, {who}.", of(met, total))
            }
        }
        Summary::AllMet { total: 1 } => "Cumple el requisito.".into(),
        Summary::AllMet { total } => format!("Cumple los {} requisitos.", number(total)),
        Summary::Gaps {
            met: 0,
            ask: 0,
            unanswered: 0,
            total,
        } => format!("Aún no cumple {}.", these(total)),
        Summary::Gaps {
            met: 0,
            ask: 0,
            total,
            ..
        } => format!(
            "Aún no cumple {}, y quedan preguntas sin responder.",
            these(total)
        ),
        Summary::Gaps {
            met,
            ask,
            total,
            unanswered: 0,
        } => format!("Cumple {}.{}", of(met, total), others(ask)),
        Summary::Gaps {
            met, ask, total, ..
        } => format!(
            "Hasta ahora cumple {}, y quedan preguntas sin responder.{}",
            of(met, total),
            others(ask)
        ),
    }
}

/// Quién decide, dentro de una frase.
fn decider_name(decider: Decider) -> &'static str {
    match decider {
        Decider::LicensureTeam => "nuestro equipo de licencias",
        Decider::Evaluation => "una evaluación de títulos",
        Decider::Board => "la junta de certificación",
    }
}

fn who_decides(decider: Decider) -> &'static str {
    match decider {
        Decider::LicensureTeam => "Quién decide: nuestro equipo de licencias.",
        Decider::Evaluation => "Quién decide: un servicio de evaluación de títulos.",
        Decider::Board => "Quién decide: la junta de certificación.",
    }
}

fn invitation(summary: Summary) -> &'static str {
    match summary {
        Summary::NothingAnswered | Summary::SoFarSoGood { .. } => {
            "Puede postularse en cualquier momento."
        }
        Summary::AllMet { .. } => {
            "Postúlese hoy. Nuestro equipo de licencias confirma los detalles con usted."
        }
        Summary::Ask { .. } => {
            "Postúlese hoy. Nuestro equipo de licencias ve casos como el suyo cada día y le guiará."
        }
        Summary::Gaps { .. } => {
            "Aun así, puede postularse. Nuestro equipo de licencias guía a los candidatos que aún trabajan para cumplir un requisito."
        }
    }
}

fn behind(months: u32, formatting: &Formatting) -> String {
    let (count, one, other) = match months {
        0..=11 => (months, "mes", "meses"),
        12..=23 => ((months + 6) / 12, "año", "años"),
        // From two years, to the nearest half year: "alrededor de 12 años y medio".
        _ => {
            let halves = (months + 3) / 6;
            let years = formatting.number(i64::from(halves / 2));
            return if halves % 2 == 1 {
                format!("alrededor de {years} años y medio")
            } else {
                format!("alrededor de {years} años")
            };
        }
    };
    let unit = Unit {
        one: one.into(),
        other: other.into(),
    };
    format!("alrededor de {}", formatting.count(i64::from(count), &unit))
}

fn link_dropped(dropped: usize, other_version: bool) -> String {
    let made = if other_version {
        "Sus respuestas se guardaron para otra versión de este cuestionario. "
    } else {
        ""
    };
    let answers = if dropped == 1 {
        "1 respuesta"
    } else {
        "algunas respuestas"
    };
    format!("{made}No pudimos recuperar {answers}. Revise sus respuestas abajo.")
}

fn step_count(count: usize) -> String {
    // A group holds a few steps: no digit grouping to localize.
    let unit = if count == 1 { "paso" } else { "pasos" };
    format!("{count} {unit}")
}

fn next_step(summary: Summary, path_heading: &str) -> Option<String> {
    match summary {
        Summary::NothingAnswered | Summary::SoFarSoGood { .. } => None,
        Summary::AllMet { .. } => Some(format!(
            "A continuación: postúlese y abra “{path_heading}” más abajo. Allí verá sus próximos pasos y los documentos que debe preparar."
        )),
        Summary::Ask { .. } => Some(format!(
            "A continuación: postúlese y abra “{path_heading}” más abajo. Allí verá sus próximos pasos y a quién preguntar."
        )),
        Summary::Gaps { .. } => Some(format!(
            "Abra “{path_heading}” más abajo. Verá los pasos con los que puede cumplir cada requisito que le falta."
        )),
    }
}

fn number_error(
    error: NumberError,
    min: i64,
    max: i64,
    unit: &Unit,
    formatting: &Formatting,
) -> String {
    let (min_count, max_count) = (formatting.count(min, unit), formatting.count(max, unit));
    let (min, max) = (formatting.number(min), formatting.number(max));
    // With no unit the sentence names "un número"; with one, "el número de meses".
    let (a_number, the_number, of) = if unit.other.is_empty() {
        (
            "un número".to_owned(),
            "El número".to_owned(),
            String::new(),
        )
    } else {
        let things = &unit.other;
        (
            format!("el número de {things}"),
            format!("El número de {things}"),
            format!(" de {things}"),
        )
    };
    match error {
        NumberError::Empty => format!("Escriba {a_number}, de {min} a {max}."),
        NumberError::NotWholeNumber => {
            format!("Escriba un número entero{of}, solo con cifras, de {min} a {max}.")
        }
        NumberError::Negative => {
            format!("{the_number} no puede ser negativo. Escriba 0 si no tiene.")
        }
        NumberError::TooSmall => format!("Escriba {min_count} o más."),
        NumberError::TooLarge => format!("Escriba {max_count} o menos."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(summary: Summary) -> String {
        headline(summary, &Formatting::default())
    }

    #[test]
    fn headlines_read_right_for_any_count() {
        assert_eq!(
            plain(Summary::NothingAnswered),
            "Responda las preguntas para ver su situación."
        );
        assert_eq!(
            plain(Summary::AllMet { total: 3 }),
            "Cumple los 3 requisitos."
        );
        assert_eq!(
            plain(Summary::Gaps {
                ask: 0,
                met: 1,
                total: 3,
                unanswered: 0
            }),
            "Cumple 1 de 3 requisitos."
        );
        assert_eq!(
            plain(Summary::Gaps {
                ask: 0,
                met: 0,
                total: 1,
                unanswered: 0
            }),
            "Aún no cumple este requisito."
        );
        assert_eq!(
            plain(Summary::SoFarSoGood { met: 1, ask: 0, total: 1 }),
            "Hasta ahora cumple 1 de 1 requisito. Responda las demás preguntas para ver el resultado completo."
        );
    }

    #[test]
    fn every_summary_invites_the_visitor_to_apply() {
        for summary in [
            Summary::NothingAnswered,
            Summary::SoFarSoGood {
                met: 1,
                ask: 0,
                total: 3,
            },
            Summary::AllMet { total: 3 },
            Summary::Gaps {
                ask: 0,
                met: 0,
                total: 3,
                unanswered: 0,
            },
        ] {
            assert!(
                invitation(summary).to_lowercase().contains("postúlese")
                    || invitation(summary).contains("postularse"),
                "{summary:?}"
            );
        }
    }

    #[test]
    fn a_refused_number_says_what_is_accepted() {
        let months = Unit {
            one: "mes".into(),
            other: "meses".into(),
        };
        let said = |error, min| number_error(error, min, 600, &months, &Formatting::default());
        assert_eq!(
            said(NumberError::Empty, 0),
            "Escriba el número de meses, de 0 a 600."
        );
        assert_eq!(said(NumberError::TooLarge, 0), "Escriba 600 meses o menos.");
        assert_eq!(said(NumberError::TooSmall, 1), "Escriba 1 mes o más.");
        assert_eq!(
            number_error(
                NumberError::NotWholeNumber,
                0,
                9,
                &Unit::default(),
                &Formatting::default()
            ),
            "Escriba un número entero, solo con cifras, de 0 a 9."
        );
    }
}
