from flask import render_template


def page():
    # ruleid: flask-render-template
    return render_template("page.txt")


def local():
    from mailer import render_template
    # ok: flask-render-template
    return render_template("mail.txt")


def still_flask():
    # ruleid: flask-render-template
    return render_template("other.txt")


from mailer import render_template


def after_reimport():
    # ok: flask-render-template
    return render_template("mail.txt")


def before_import():
    # ok: flask-render-template
    return render_template_later("page.txt")


from flask import render_template as render_template_later
