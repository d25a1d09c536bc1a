package importer

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// A company's definition names its trade: "Kaimai Fuels is a family-owned
// fuel distributor", "Rangitīkei Malt is a malting company". tradeDef finds
// the words between "is a" and the word for what the company is, which
// ends the phrase ("… distributor. From our depots", "… company that …").
var tradeDef = base.Regexp{Expr: `(?:\b(?:is|are)\s+(?:a|an)|,\s+(?:a|an|the))\s+((?:\(?[\p{L}\d][\p{L}\d'’&./-]*\)?,?\s+){0,8}?)` +
	`(company|business|firm|specialist|provider|operator|contractor|group|laboratory|lab|outfit|organi[sz]ation|` +
	`nursery|dealership|utility|consultancy|cooperative|co-op|studio|agency|` +
	`manufacturer|processor|builder|bodybuilder|roaster|distiller|publisher|grower|maker|packer|miller|brewer|printer|` +
	`importer|exporter|blender|recycler|bottler|caterer|broker|supplier|integrator|extruder|administrator|retailer|` +
	`distributor|wholesaler|installer|producer|fabricator|designer|insurer|haulier|hauler)` +
	`(?:[.,;:!?(]|\s+(?:that|which|with|in|on|at|based|from|of|for|serving|who|whose|since|and|where|to|\p{L}+ing)\b|\s*$)`}

// tradeOf is the trade an agent noun names ("processor" → "processing");
// "" for a word that names no trade of its own ("company", "provider").
func tradeOf(head string) string {
	switch head {
	case "company", "business", "firm", "specialist", "provider", "operator", "contractor", "group", "laboratory", "lab",
		"outfit", "organisation", "organization", "cooperative", "co-op", "agency":
		return ""
	case "nursery", "dealership", "utility", "consultancy", "studio":
		return head
	case "supplier":
		return "supply"
	case "integrator":
		return "integration"
	case "extruder":
		return "extrusion"
	case "administrator":
		return "administration"
	case "retailer":
		return "retail"
	case "distributor":
		return "distribution"
	case "wholesaler":
		return "wholesale"
	case "installer":
		return "installation"
	case "producer":
		return "production"
	case "fabricator":
		return "fabrication"
	case "designer":
		return "design"
	case "insurer":
		return "insurance"
	case "broker":
		return "broking"
	case "haulier", "hauler":
		return "haulage"
	case "caterer":
		return "catering"
	}
	if strings.HasSuffix(head, "er") || strings.HasSuffix(head, "or") {
		return head[:len(head)-2] + "ing" // manufacturer, processor, roaster, publisher
	}
	return ""
}

// ownership is how a company is owned, sized or placed, before its trade:
// "family-owned", "South Australian-owned", "Midlands-based", "leading",
// "Canadian".
var ownership = base.Regexp{Expr: `^(?:(?:(?:[\p{Lu}][\p{L}]*\s+)?[\p{L}]+-(?:owned|based|run|operated|founded|established)|` +
	`[\p{L}]+-generation|locally|family|independent|independently|privately|publicly|owned|leading|small|local|regional|national|` +
	`specialist|award-winning|established|long-established|well-established|busy|thriving|successful|fast-growing|` +
	`third-party|global|international|multinational|(?:New Zealand|[\p{Lu}][\p{Ll}]+(?:ian|ean|ish|ese|an|ss|ek))|French|Dutch|Kiwi)\s+)+`}

// tradeName is the trade a definition names, and whether it is a
// catalog industry's: "a fuel distributor" → "fuel distribution", "a
// manufacturer of soups" → manufacturing. ok is false when it names none.
func (im *importer) tradeName(sentence string) (id, name string, ok bool) {
	m := tradeDef.Get().FindStringSubmatch(sentence)
	if m == nil {
		return "", "", false
	}
	head := strings.ToLower(m[2])
	var words []string
	for w := range strings.FieldsSeq(ownership.Get().ReplaceAllString(m[1], "")) {
		if w = strings.TrimRight(w, ","); !strings.HasPrefix(w, "(") {
			words = append(words, w)
		}
	}
	np := strings.Join(words, " ")
	if np == "growing" {
		np = "" // "a growing manufacturer"; but "a growing media manufacturer"
	}
	if strings.Contains(np, "employer") {
		return "", "", false // "an equal opportunity employer"
	}
	if id := catalogTrade(np, head); id != "" {
		return id, "", true
	}
	if np == "" || strings.IndexFunc(np, unicode.IsLower) < 0 || !strings.Contains(np, " ") && adjective.Get().MatchString(np) {
		return "", "", false // "a family-owned company", "a Toronto company"
	}
	if t := tradeOf(head); t != "" && (head != "manufacturer" || !namesItsTrade(np)) {
		np += " " + t
	}
	return "other", np, true
}

// catalogTrade is the catalog industry a trade phrase names: a
// manufacturer of something ("a manufacturer of soups") is manufacturing,
// while a named one ("a confectionery manufacturer") keeps its own words.
func catalogTrade(np, head string) string {
	both := np + " " + head
	if head == "agency" && !marketingAgency.Get().MatchString(np) {
		return "" // "a staffing agency", "an executive agency"
	}
	for _, cue := range industryCues {
		if cue.id == "manufacturing" || cue.id == "wholesale" {
			continue
		}
		if cue.re().MatchString(both) {
			if cue.id == "-" {
				return ""
			}
			return cue.id
		}
	}
	switch {
	case np == "" && (head == "manufacturer" || head == "distributor"):
		return map[string]string{"manufacturer": "manufacturing", "distributor": "wholesale"}[head]
	case head == "wholesaler" || strings.Contains(np, "wholesale"):
		return "wholesale"
	}
	return ""
}

// namesItsTrade is a phrase that already names a trade: "a corrugated
// packaging manufacturer", "a protective coatings manufacturer", not "a
// trailer manufacturer".
func namesItsTrade(np string) bool {
	last := np[strings.LastIndexByte(np, ' ')+1:]
	return strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// adjective is a word that names no trade on its own: "an executive
// agency", "a national company".
var adjective = base.Regexp{Expr: `(?:ive|al|ous|ful|ic)$`}

// marketingAgency is the catalog's kind of agency.
var marketingAgency = base.Regexp{Expr: `(?i)\b(creative|marketing|digital|advertising|media|design|pr|brand\w*|content|social|communications|integrated|full-service)\b`}
