// The default requirement set's questionnaire, as a SurveyJS user would write it: the same
// questions, the field hidden with no degree, a live verdict per requirement, the Apply link.
const met = (condition) => `iif(${condition}, 'Met', 'Not yet met')`;
const json = {
  showQuestionNumbers: "off",
  showCompleteButton: false,
  checkErrorsMode: "onValueChanged",
  textUpdateMode: "onTyping",
  elements: [
    {
      type: "radiogroup", name: "degree-level", title: "What is your highest degree?",
      choices: [
        { value: "none", text: "No degree yet" }, { value: "associate", text: "Associate degree" },
        { value: "bachelor", text: "Bachelor's degree" }, { value: "master", text: "Master's degree" },
        { value: "doctorate", text: "Doctorate (PhD or similar)" },
      ],
    },
    {
      type: "radiogroup", name: "degree-field", title: "What field is your degree in?", visibleIf: "{degree-level} != 'none'",
      choices: [
        { value: "mls", text: "Medical Laboratory Science" }, { value: "medtech", text: "Medical Technology" },
        { value: "biology", text: "Biological Science" }, { value: "chemistry", text: "Chemistry" },
        { value: "other", text: "Another field" },
      ],
    },
    {
      type: "text", inputType: "number", name: "experience-months", min: 0, max: 600,
      title: "How many months have you worked as a Medical Technologist (MT or MLS)?",
      description: "Count work taking samples, clinical testing, troubleshooting and routine lab maintenance. 12 months is one year.",
    },
    {
      type: "radiogroup", name: "certification", title: "Are you certified by ASCP or AMT?",
      choices: [
        { value: "ascp", text: "Yes, by ASCP (including MLS(ASCPi))" },
        { value: "amt", text: "Yes, by AMT (MLS(AMT), formerly MT(AMT))" },
        { value: "not-yet", text: "Not yet" },
      ],
    },
    {
      type: "expression", name: "education", title: "Bachelor's degree",
      expression: `iif({degree-level} = 'none' or {degree-level} = 'associate' or {degree-field} = 'other', 'Not yet met', iif({degree-level} empty or {degree-field} empty, 'Not answered yet', 'Met'))`,
    },
    {
      type: "expression", name: "experience", title: "One year of work as an MT",
      expression: `iif({experience-months} empty, 'Not answered yet', ${met("{experience-months} >= 12")})`,
    },
    {
      type: "expression", name: "certified", title: "ASCP or AMT certification",
      expression: `iif({certification} empty, 'Not answered yet', ${met("{certification} != 'not-yet'")})`,
    },
    {
      type: "expression", name: "headline", title: "Where you stand",
      expression: "iif({education} = 'Met' and {experience} = 'Met' and {certified} = 'Met', 'You meet all 3 requirements.', iif({education} = 'Not yet met' and {experience} = 'Not yet met' and {certified} = 'Not yet met', 'You do not meet these requirements yet.', 'Answer the questions to see where you stand.'))",
    },
    { type: "html", name: "apply", html: '<a href="/apply.html">Apply today</a>' },
  ],
};
SurveyUI.renderSurvey(new Survey.Model(json), document.getElementById("survey"));
