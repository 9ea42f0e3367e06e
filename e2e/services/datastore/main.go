// A service that keeps state on disk: records in a data folder it makes under its working folder,
// and a journal in the working folder (the WORKDIR), both written at start and on every request,
// as a small database would. Run as a user that cannot write there, it stops at start.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

var mu sync.Mutex

// write appends a line to a file and reads the whole file back.
func write(path, line string) (string, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return "", err
	}
	if _, err := fmt.Fprintln(f, line); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	b, err := os.ReadFile(path)
	return string(b), err
}

func main() {
	data := flag.String("data", "data", "data folder")
	flag.Parse()
	if err := os.MkdirAll(*data, 0o755); err != nil {
		log.Fatalf("cannot make %s: %v", *data, err)
	}
	records := filepath.Join(*data, "records.log")
	journal := "journal.log" // in the working folder
	for _, p := range []string{records, journal} {
		if _, err := write(p, "start"); err != nil {
			log.Fatalf("cannot write %s: %v", p, err)
		}
	}
	http.HandleFunc("/uid", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "uid %d\n", os.Getuid())
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range []string{records, journal} {
			text, err := write(p, "visit "+r.URL.Path)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			fmt.Fprintf(w, "%s: %d lines\n", filepath.Base(p), strings.Count(text, "\n"))
		}
	})
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Fatal(http.ListenAndServe(addr, nil))
}
