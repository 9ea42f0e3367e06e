// A service still built with Go 1.12, whose go command has no -trimpath (added in Go 1.13).
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	http.HandleFunc("/uid", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "uid %d\n", os.Getuid())
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "built with an old Go")
	})
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Fatal(http.ListenAndServe(addr, nil))
}
