package checker

import (
	"strings"
	"testing"
)

// A posting given in English and then in French is read in English only:
// the translation neither doubles its length nor its lists. A French word
// or two in an English line, and a French posting, are read as they are.
func TestFrenchTranslationIsLeftOut(t *testing.T) {
	english := "Account Manager\n\nThe role\nYou look after 40 clients and you report to the Director.\n- Run a review with each client every quarter.\n- Renew each contract on time.\n- Keep your notes in Salesforce and the shared drive.\n- Answer the client within a day.\n- Bring French to the table: a plus for our Quebec accounts.\n"
	french := "\nFRANÇAIS\n\nGestionnaire de comptes\nLe poste\nVous gérez 40 clients et vous relevez de la directrice.\n- Tenir une revue avec chaque client.\n- Renouveler chaque contrat à temps.\n- Tenir les notes dans Salesforce.\n- Répondre au client dans la journée.\n- Le français est un atout pour nos comptes.\n"
	d := parseAs(english+french, FormatText)
	for _, l := range d.lines {
		if strings.Contains(l.text, "Vous gérez") || strings.Contains(l.text, "FRANÇAIS") {
			t.Errorf("the French translation was read: %q", l.text)
		}
	}
	if !strings.Contains(d.body, "bring french to the table") {
		t.Error("an English line naming French was left out")
	}
	if fr := parseAs(strings.TrimPrefix(french, "\nFRANÇAIS\n\n"), FormatText); !strings.Contains(fr.body, "vous gérez") {
		t.Error("a posting in French alone was left out")
	}
}
