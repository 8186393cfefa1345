module example.com/ladderexample

go 1.19
