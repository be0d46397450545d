// time: Duration arithmetic and String, ParseDuration, Month and Weekday,
// Date arithmetic in UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 2 * time.Second, 90 * time.Minute,
		-3 * time.Millisecond, 36*time.Hour + 15*time.Second + 5, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Round(time.Millisecond), d.Truncate(time.Second))
	}
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)
	fmt.Println(time.March, time.Saturday, time.Month(13))
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(time.Hour)
	fmt.Println(t2.Year(), t2.Month(), t2.Day(), t2.Hour(), t2.Weekday(), t2.YearDay())
	fmt.Println(t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t))
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.AddDate(0, 1, 1).Format(time.DateOnly))
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC().Year())
	fmt.Printf("%v %d %s\n", 1500*time.Millisecond, time.Second, time.Minute)
}
