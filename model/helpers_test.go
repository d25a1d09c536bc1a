package model

import "amjd/content"

func cat() *content.Catalog { return content.Default() }
