// Requirement sets as data, on real pages: by name, by link, inline, and refused ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { answer, answerPath, assertClean, openGroups, axeViolations, open, ready, shadowText, useBrowser } from "./page.mjs";


const env = useBrowser();
const viewport = { width: 1280, height: 900 };

test("the MLT demo page runs the shipped MLT set, with its sources and unverified marks", async () => {
  const opened = await open(env.browser, `${env.server.url}/mlt.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  assert.match(await shadowText(widget), /Could you work as a Medical Laboratory Technician\?/);
  await answer(widget, { level: "Associate degree" });
  await widget.getByRole("radio", { name: "Yes", exact: true }).check();
  await answer(widget, { certification: "Not yet" });
  // The program's route is unverified: the board decides, never "met" (facts §3.3).
  await widget.getByText("You meet 1 of 3 requirements. For 1 more, someone else decides.", { exact: true }).waitFor();
  await widget.getByText("Who decides: the certifying board.", { exact: true }).waitFor();
  const certification = widget.getByRole("listitem").filter({ hasText: "MLT certification" }).first();
  await certification.getByText("Why?").click();
  // The detail is built when it opens.
  await certification.getByText("Not confirmed yet.").waitFor();
  const why = await certification.innerText();
  assert.match(why, /Not confirmed yet\./);
  assert.match(why, /check with our licensure team/);
  const source = certification.getByRole("link", { name: /ASCP Board of Certification/ });
  assert.equal(await source.getAttribute("target"), "_blank");
  assert.match(await source.getAttribute("href"), /^https:\/\/www\.ascp\.org\//);
  await assertClean(opened);
  await opened.close();
});

test("a set fetched from the site's own link is used, and a missing or broken one is refused visibly", async () => {
  const opened = await open(env.browser, `${env.server.url}/fixtures/sets.html`, { viewport });
  const { page } = opened;
  const byUrl = await ready(page.locator("#by-url"));
  assert.match(await shadowText(byUrl), /Do you meet our hospital client's requirements\?/);
  await answer(byUrl, { level: "Bachelor's degree", field: "Chemistry", months: "20" });
  await byUrl.getByText("You have 20 months of work as an MT. This client asks for 24 months, so you need 4 months more.").waitFor();

  for (const id of ["missing", "broken"]) {
    const host = page.locator(`#${id}`);
    await host.getByText("This eligibility check is misconfigured.").waitFor();
    assert.equal(await host.getByRole("link", { name: "Apply today" }).getAttribute("href"), `${env.server.url}/apply.html`);
    assert.equal(await host.evaluate((element) => element.shadowRoot.querySelector("form")), null, `${id}: nothing of it is used`);
  }
  const errors = opened.events.filter((event) => event.type === "mt-eligibility:error").map((event) => event.detail);
  const broken = errors.find((error) => error.problems?.some((problem) => problem.path === "$.questions[0].options"));
  assert.ok(broken, JSON.stringify(errors));
  assert.ok(broken.problems.some((problem) => problem.path === "$.requirements" && problem.message === "must not be empty"));
  const missing = errors.find((error) => error.problems?.some((problem) => /no-such-set\.json answered 404/.test(problem.message)));
  assert.ok(missing, JSON.stringify(errors));
  assert.ok(
    opened.errors.some((line) => line.includes("mt-eligibility: requirements $.questions[0].options: must not be empty")),
    `the console names the path: ${opened.errors.join("\n")}`,
  );
  assert.deepEqual(await opened.violations(), [], "no Content-Security-Policy violation");
  // The page's own sets are read by the reader, a second wasm, fetched once for all of them.
  const reader = opened.requests.filter((url) => url.endsWith("/mt-eligibility-reader_bg.wasm"));
  assert.equal(reader.length, 1, opened.requests.join("\n"));
  await opened.close();
});

test("a visitor walks the whole path, copies the checklist and prints it with its sources", async () => {
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 390, height: 844 } });
  const { page } = opened;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => (window.printed += 1);
  });
  const widget = await ready(page.locator("mt-eligibility"));
  // A Philippine BS Medical Technology graduate with an internship, no experience, not certified, wanting California.
  await answer(widget, { level: "Bachelor's degree", field: "Medical Technology (MT)", years: "4 years or more", months: "0", certification: "None yet" });
  const firstPathOption = widget.getByRole("radio", { name: "Outside the U.S. and Canada" });
  assert.equal(await firstPathOption.isVisible(), false, "collapsed until asked for");
  await widget.getByText("Your path to a U.S. job", { exact: true }).click();
  await widget.getByRole("radio", { name: "Outside the U.S. and Canada" }).check();
  await widget.getByRole("group", { name: "What clinical training did you complete?" }).getByRole("radio", { name: "A clinical internship or a training program in a laboratory, in or after my degree" }).check();
  await widget.getByRole("radio", { name: "All main areas (a general MT or MLS)" }).check();
  await widget.getByLabel("Where would you like to work?").selectOption({ label: "California" });
  await widget.getByRole("group", { name: "Do you need a visa, or a change to your visa, to work in the U.S.?" }).getByRole("radio", { name: "Yes: I live outside the U.S. and will need a work visa" }).check();
  await widget.getByRole("group", { name: "Are you a citizen of Canada or Mexico?" }).getByRole("radio", { name: "No", exact: true }).check();
  await widget.getByRole("group", { name: /taught in English/ }).getByRole("radio", { name: "No", exact: true }).check();

  const steps = widget.locator("li[data-step]");
  await widget.getByText("Take an English test that CGFNS accepts").waitFor({ state: "attached" });
  // The checklist's groups fold to their titles, all but the first.
  const groups = await widget.locator("details.mte-plan-group").evaluateAll((all) => all.map((group) => group.open));
  assert.deepEqual(groups, groups.map((_, index) => index === 0), JSON.stringify(groups));
  assert.equal(await widget.getByText("Take an English test that CGFNS accepts").isVisible(), false, "in a folded group");
  assert.deepEqual(await steps.evaluateAll((items) => items.map((item) => item.dataset.step)), [
    "exam-ascpi", "route-1", "amt-option", "evaluation-foreign", "license-ca", "visascreen", "h1b-license", "english-test", "green-card", "documents-exam", "ascp-deadlines",
  ]);

  await widget.getByRole("button", { name: "Copy as text" }).click();
  await widget.getByText("Copied. You can paste your checklist into an email or a note.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Where you stand\nYou meet 1 of 3 requirements\.\n- Bachelor's degree: Met\n/);
  assert.match(copied, /\nYour path to a U\.S\. job\n/);
  assert.match(copied, /\[ \] Apply for a California Clinical Laboratory Scientist license/);
  assert.match(copied, /Source: CGFNS: VisaScreen, Visa Credentials Assessment https:\/\/www\.cgfns\.org\//);

  await widget.getByRole("button", { name: "Print checklist" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1, "the browser's print was asked for");
  await page.emulateMedia({ media: "print" });
  assert.equal(await widget.getByLabel("Where would you like to work?").isVisible(), false, "no controls on paper");
  assert.ok(await widget.getByText("Take an English test that CGFNS accepts").isVisible(), "every group on paper, folded or not");
  assert.ok(await widget.getByText("Source: California Department of Public Health: Clinical Laboratory Scientist", { exact: false }).first().isVisible());
  await page.pdf({ path: fileURLToPath(new URL("./artifacts/checklist.pdf", import.meta.url)) });
  await assertClean(opened);
  await opened.close();
});

test("the opened path passes axe and fits a 320 px screen", async () => {
  // The page's strict policy would block axe's injected script; only axe gets past it.
  const opened = await open(env.browser, `${env.server.url}/index.html`, { viewport: { width: 320, height: 740 }, bypassCSP: true });
  const { page } = opened;
  const widget = await ready(page.locator("mt-eligibility"));
  await answer(widget, { level: "Bachelor's degree", field: "Chemistry", years: "4 years or more", months: "5", certification: "None yet" });
  await answerPath(widget, { "study-country": "outside", training: "internship", specialty: "generalist", "work-state": "ny" });
  await openGroups(widget);
  await widget.getByText("Apply for a New York Clinical Laboratory Technologist license").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 320, `the page scrolls sideways: ${overflow}px`);
  assert.deepEqual(await axeViolations(page), []);
  await opened.close();
});
