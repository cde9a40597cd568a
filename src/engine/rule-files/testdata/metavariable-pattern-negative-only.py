# ruleid: markup-of-non-literal
page = Markup(user_bio)
# ruleid: markup-of-non-literal
page = Markup("<b>" + name + "</b>")
# ok: markup-of-non-literal
page = Markup("<b>fixed</b>")
# ok: markup-of-non-literal
page = Markup(html_escape(user_bio))
