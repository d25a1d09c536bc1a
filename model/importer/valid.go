package importer

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"amjd/model/answers"
)

// valid leaves out every value the answers' own rules refuse (a pay over
// their limit, a website that is no address, a KPI target too long): the
// file import writes always loads. Each is listed with the rule's words.
func (im *importer) valid() {
	for range 20 { // each pass clears what the rules name; a few suffice
		errs := answers.Validate(im.c, im.a)
		cleared := false
		for _, e := range errs {
			if e.Path == "variant" {
				continue // the finance variant is refused on purpose: the wizard steers away
			}
			if clearPath(reflect.ValueOf(&im.a).Elem(), strings.Split(e.Path, ".")) {
				im.cut = append(im.cut, fmt.Sprintf("%s: left out (%s)", e.Path, strings.TrimSuffix(e.Msg, ".")))
				cleared = true
				break // indexes after it have moved: validate again
			}
		}
		if !cleared {
			return
		}
	}
}

// clearPath empties the value at a path of yaml keys ("pay.min",
// "kpis[3].target", "responsibilities.add[2]"); an item of a list is
// removed, and a part of the pay or a KPI takes the whole with it.
func clearPath(v reflect.Value, path []string) bool {
	if len(path) == 0 {
		return false
	}
	key, index := path[0], -1
	if i := strings.IndexByte(key, '['); i >= 0 && strings.HasSuffix(key, "]") {
		index, _ = strconv.Atoi(key[i+1 : len(key)-1])
		key = key[:i]
	}
	f, ok := fieldByTag(v, key)
	if !ok {
		return false
	}
	switch {
	case index >= 0 && f.Kind() == reflect.Slice && index < f.Len():
		f.Set(reflect.AppendSlice(f.Slice(0, index), f.Slice(index+1, f.Len()))) // the item goes, whatever part was wrong
		return true
	case key == "pay" || len(path) == 1:
		f.Set(reflect.Zero(f.Type()))
		return true
	case f.Kind() == reflect.Struct:
		return clearPath(f, path[1:])
	}
	return false
}

func fieldByTag(v reflect.Value, key string) (reflect.Value, bool) {
	if v.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	for i := range v.NumField() {
		tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
		if tag == key {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}
