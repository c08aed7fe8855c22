package kr.axcampus.notice.dto;

import java.util.Map;

/**
 * API.md {@code {mail: {kind: true|false}}}: which kinds also go by mail. Answers name every kind;
 * a PUT names the kinds the person chooses for themselves (the others follow the centre's default).
 */
public record MailPreferences(Map<String, Boolean> mail) {}
