// A service from before Go modules: no go.mod, built in GOPATH mode from $GOPATH/src, reading its
// page template from views/ relative to the working folder.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"text/template"
)

func main() {
	home := template.Must(template.ParseFiles("views/home.tmpl"))
	http.HandleFunc("/uid", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "uid %d\n", os.Getuid())
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		home.Execute(w, map[string]string{"Path": r.URL.Path})
	})
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Fatal(http.ListenAndServe(addr, nil))
}
