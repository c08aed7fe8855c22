package kr.axcampus.bestpractice.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A case as its author writes it (API.md "Best practice"); PUT takes the same body, companyId aside. */
public record CaseRequest(
        String companyId,

        @NotBlank @Size(max = 200, message = "at most 200 characters")
        String title,

        @NotBlank @Size(max = 4000, message = "at most 4000 characters")
        String problem,

        @NotBlank @Size(max = 4000, message = "at most 4000 characters")
        String approach,

        @NotBlank @Size(max = 1000, message = "at most 1000 characters")
        String tools,

        @Size(max = 10, message = "at most 10 tags") List<String> tags,

        @Size(max = 20, message = "at most 20 figures") List<@Valid FigureRequest> figures) {}
