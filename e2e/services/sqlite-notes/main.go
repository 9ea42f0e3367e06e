// A notes service on SQLite through github.com/mattn/go-sqlite3, which needs cgo: built with
// CGO_ENABLED=0 it compiles, and then every query fails with "Binary was compiled with
// 'CGO_ENABLED=0', go-sqlite3 requires cgo to work". Its database lives in a VOLUME.
package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"

	_ "github.com/mattn/go-sqlite3"
)

func main() {
	path := flag.String("db", "/var/lib/notes/notes.db", "database file")
	flag.Parse()
	db, err := sql.Open("sqlite3", *path)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`); err != nil {
		log.Fatalf("open %s: %v", *path, err)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM notes`).Scan(&n); err != nil {
		log.Fatal(err)
	}
	if n == 0 {
		for _, t := range []string{"buy milk", "write the e2e tests", "ship it"} {
			if _, err := db.Exec(`INSERT INTO notes (text) VALUES (?)`, t); err != nil {
				log.Fatal(err)
			}
		}
	}
	http.HandleFunc("/uid", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "uid %d\n", os.Getuid())
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		var version string
		if err := db.QueryRow(`SELECT sqlite_version()`).Scan(&version); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		rows, err := db.Query(`SELECT id, text FROM notes ORDER BY id`)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		fmt.Fprintf(w, "notes (sqlite %s):\n", version)
		for rows.Next() {
			var id int
			var text string
			if err := rows.Scan(&id, &text); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			fmt.Fprintf(w, "%d. %s\n", id, text)
		}
	})
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Fatal(http.ListenAndServe(addr, nil))
}
