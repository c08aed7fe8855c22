package kr.axcampus.calendar.dto;

/** The address of the caller's secret calendar feed (anyone holding it reads the feed). */
public record CalendarLink(String url) {}
