package ui

import "amjd/content"

func nil2cat() *content.Catalog { return content.Default() }
