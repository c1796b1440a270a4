// Requirement sets as data, on real pages: by name, by link, inline, and refused ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { answer, assertClean, open, ready, shadowText, useBrowser } from "./page.mjs";

const env = useBrowser();
const viewport = { width: 1280, height: 900 };

test("the MLT demo page runs the shipped MLT set, with its sources and unverified marks", async () => {
  const opened = await open(env.browser, `${env.server.url}/mlt.html`, { viewport });
  const widget = await ready(opened.page.locator("mt-eligibility"));
  assert.match(await shadowText(widget), /Could you work as a Medical Laboratory Technician\?/);
  await answer(widget, { level: "Associate degree", certification: "Not yet" });
  await widget.getByRole("radio", { name: "Yes", exact: true }).check();
  await widget.getByText("You meet 2 of 3 requirements.").waitFor();
  const certification = widget.getByRole("listitem").filter({ hasText: "MLT certification" }).first();
  await certification.getByText("Why?").click();
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
  await answer(byUrl, { months: "20" });
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
  await opened.close();
});
