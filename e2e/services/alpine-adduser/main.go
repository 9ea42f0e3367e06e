// A shop front served from public/, which the image hands to the user the service runs as; it
// says whether that is so (it rewrites public/ on deploys in production).
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"syscall"
)

func main() {
	http.Handle("/", http.FileServer(http.Dir("public")))
	http.HandleFunc("/uid", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "uid %d\n", os.Getuid())
	})
	http.HandleFunc("/owner", func(w http.ResponseWriter, r *http.Request) {
		for _, p := range []string{"public", "public/index.html", "shop"} {
			fi, err := os.Stat(p)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			st := fi.Sys().(*syscall.Stat_t)
			fmt.Fprintf(w, "%s owned by the service's user: %v\n", p, int(st.Uid) == os.Getuid() && int(st.Gid) == os.Getgid())
		}
	})
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	log.Fatal(http.ListenAndServe(addr, nil))
}
