# The demo page's own words (web/index.html, web/app.js). The questions, the answers,
# "I don't know", the progress line and the whole report are the library's messages
# (locales/ at the root). Every id here starts with "page-". Words that change from one
# country to another are the library's terms ({ -health-professional }), so the regional
# locales (en-GB, en-US, en-CA, fr-CA) need no file of their own here.

## Top of the page

page-skip = Skip to the questions
page-brand = { -product-name }
page-tagline = Back and hip pain: how soon to get care
page-language = Language
page-privacy = This page works on your device only. Your answers are never sent anywhere.

## A question

page-next = Next
page-back = Back
page-several = You can pick more than one.
page-your-answer = Your answer
page-choose = Please pick an answer, or press “{ answer-unknown }”.
page-choose-number = Please type a whole number, or press “{ answer-unknown }”.

## The report

page-sources = Sources
# The label read out for a link to a source in the list at the end, such as [3].
page-source = Source { $number }
page-restart = Start again
page-print = Print
page-save-markdown = Save the report (Markdown)
page-save-fhir = Export for a { -health-professional } (FHIR JSON)

## Bottom of the page

page-footer = This helps you understand your pain. It is not a diagnosis.
page-content-version = Content version

## The browser tab, and a page that stopped working

# $title is the question list's title, or the headline of the report.
page-document-title = { $title } · { -product-name }
# $detail is the technical reason, for whoever fixes the page.
page-failed = Something went wrong. Please reload the page. ({ $detail })

## The language menu: each language in its own words, the same in every locale

page-language-en = English
page-language-en-CA = English (Canada)
page-language-en-GB = English (UK)
page-language-en-US = English (US)
page-language-fr = Français (France)
page-language-fr-CA = Français (Québec)
