// A small web site that reads what it serves from its working folder, as many Go services do:
// HTML templates (templates/), static files (static/) and its configuration (config/site.json),
// all opened by relative paths. The image must carry them, and keep the WORKDIR.
package main

import (
	"encoding/json"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"os"
)

type site struct {
	Title   string   `json:"title"`
	Tagline string   `json:"tagline"`
	Pages   []string `json:"pages"`
}

func main() {
	raw, err := os.ReadFile("config/site.json")
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	var cfg site
	if err := json.Unmarshal(raw, &cfg); err != nil {
		log.Fatalf("config: %v", err)
	}
	pages := template.Must(template.ParseGlob("templates/*.html"))

	http.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("static"))))
	http.HandleFunc("/config", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(raw)
	})
	http.HandleFunc("/uid", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "uid %d\n", os.Getuid())
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		if err := pages.ExecuteTemplate(w, "index.html", cfg); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Printf("site %q on %s", cfg.Title, addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}
