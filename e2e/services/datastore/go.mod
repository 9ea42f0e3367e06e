module example.com/datastore

go 1.19
