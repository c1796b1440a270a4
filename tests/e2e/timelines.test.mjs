// How long it takes (issue 25), as a visitor meets it: each step's usual time, the green-card
// line for the country of birth, and the dated notices, with the page's clock fixed so the ages
// are known. Expectations come from ../shared/research/timelines-2026-12.md (section 0, §2.3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { answerAsMaria, assertClean, axeViolations, open, openGroups, ready, shadowText, useBrowser } from "./page.mjs";

const env = useBrowser();
const viewport = { width: 390, height: 844 };
// Noon, so the date is the same in any time zone the test machine has.
const DECEMBER = new Date("2026-12-04T12:00:00");
const AUGUST = new Date("2026-08-01T12:00:00");

/** Opens every group of her checklist, and the notices, which fold to "Recent changes". */
async function openAll(widget) {
  await openGroups(widget);
  await widget.locator("details.mte-notices > summary").click();
}

test("each step says how long it usually takes, the line for her country, and the notices, dated", async () => {
  // The policy bypassed only so axe can be injected; tests/e2e/embedding.test.mjs holds the widget to it.
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport, bypassCSP: true }, { clock: DECEMBER });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answerAsMaria(widget);
  await openAll(widget);
  const text = await shadowText(widget);
  for (const said of [
    "Times are not promises, and steps can overlap unless one starts after another.",
    "How long: ASCP usually sends a status update within 2 to 3 weeks of your application.",
    "Starts after: Your degree.",
    "How long: WES is an evaluation service. For a course-by-course report, it usually needs about 7 business days once it has all your papers.",
    "How long: LFS says about 90 days on average, and up to 150 days",
    "In the July 2026 Visa Bulletin, EB-3 for people born in the Philippines was at August 1, 2023: about 3 years behind.",
    "This is not a promise of when your turn comes.",
    "This bulletin is more than 90 days old, so it may be out of date.",
    "Recent changes",
    "A $100,000 payment for some H-1B petitions (as of October 1, 2025)",
    "Immigrant visas paused for citizens of 75 countries (as of January 27, 2026)",
    "This is more than 90 days old and may be out of date.",
  ]) {
    assert.ok(text.includes(said), `${said}\nnot in:\n${text}`);
  }
  assert.ok(!text.includes("Green cards from inside the U.S."), "that notice is for people in the U.S.");
  const bulletin = widget.getByRole("link", { name: /the current Visa Bulletin/ });
  assert.match(await bulletin.getAttribute("href"), /^https:\/\/travel\.state\.gov\//);
  // The country is asked in the green-card step, with its label, and the page stays accessible.
  assert.equal(await widget.getByLabel("Where were you born? (optional)").inputValue(), "philippines");
  assert.deepEqual(await axeViolations(opened.page), []);
  await assertClean(opened);
  await opened.close();
});

test("on a clock close to the bulletin, the line is current and only the old notices say so", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport }, { clock: AUGUST });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  await answerAsMaria(widget);
  await openAll(widget);
  const text = await shadowText(widget);
  assert.ok(text.includes("about 3 years behind."), text);
  assert.ok(!text.includes("This bulletin is more than"), "July 2026 is a month old on August 1");
  assert.equal(await widget.locator(".mte-notice .mte-stale").count(), 2, "both notices are older than 90 days");
  await opened.close();
});

test("in Spanish, the same line and notices in Spanish words and dates", async () => {
  const opened = await open(env.browser, `${env.server.url}/es.html`, { viewport, locale: "es-ES" }, { clock: DECEMBER });
  const widget = await ready(opened.page.locator("mt-eligibility"), "Su situación");
  await answerAsMaria(widget);
  await openAll(widget);
  const text = await shadowText(widget);
  for (const said of [
    "En el Boletín de Visas de julio de 2026, la fecha de EB-3 para quienes nacieron en Filipinas era el 1 de agosto de 2023. La diferencia es de alrededor de 3 años.",
    "Cuánto tarda: LFS indica unos 90 días en promedio",
    "Cambios recientes",
    "(al 1 de octubre de 2025)",
    "Esto tiene más de 90 días y puede estar desactualizado.",
  ]) {
    assert.ok(text.includes(said), `${said}\nnot in:\n${text}`);
  }
  await opened.close();
});
