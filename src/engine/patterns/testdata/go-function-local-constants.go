package pages

func page(name string) string {
	const layout = "<p>%s</p>"
	// ruleid: go-html-format-string
	return fmt.Sprintf(layout, name)
}

func plain(name string) string {
	const layout = "name: %s"
	// ok: go-html-format-string
	return fmt.Sprintf(layout, name)
}

func viaShortDeclaration(name string) string {
	layout := "<b>%s</b>"
	// ruleid: go-html-format-string
	return fmt.Sprintf(layout, name)
}

func shadowedByParameter(layout string, name string) string {
	// ok: go-html-format-string
	return fmt.Sprintf(layout, name)
}

func reassigned(name string, loud bool) string {
	layout := "<i>%s</i>"
	if loud {
		layout = "%s!"
	}
	// ok: go-html-format-string
	return fmt.Sprintf(layout, name)
}

func inClosure(names []string) func() string {
	return func() string {
		var layout = "<ul>%v</ul>"
		// ruleid: go-html-format-string
		return fmt.Sprintf(layout, names)
	}
}

func loopVariable(layouts []string, name string) {
	for _, layout := range layouts {
		// ok: go-html-format-string
		fmt.Sprintf(layout, name)
	}
}
