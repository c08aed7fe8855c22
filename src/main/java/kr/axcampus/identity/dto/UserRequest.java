package kr.axcampus.identity.dto;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A person as an operator registers or edits them; {@code password} is read on create only. */
public record UserRequest(
        @NotBlank(message = "is required")
        @Email(message = "is not an email address")
        @Size(max = 254, message = "at most 254 characters")
        String email,

        @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters")
        String name,

        @NotEmpty(message = "at least one role is required") List<String> roles,
        String companyId,
        @Size(max = 100, message = "at most 100 characters") String department,
        @Size(max = 100, message = "at most 100 characters") String jobTitle,
        String password) {}
