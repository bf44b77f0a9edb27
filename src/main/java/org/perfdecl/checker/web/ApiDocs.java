package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What /v3/api-docs (and the Swagger UI at /swagger-ui.html) says about the service as a whole: the
 * error answers every endpoint can give, as RFC 9457 problem+json, and the admin credential.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "declaration-checker",
        version = "1",
        description = "Checks performance-target declarations (项目支出绩效目标申报表) against Drools rules and returns "
                + "a findings report: rule id, severity, field (JSON Pointer), message in Chinese and English, "
                + "value seen and expected, regulation. Canonical JSON: /schema/declaration.schema.json. "
                + "Send `Accept: application/sarif+json` to the check endpoints for SARIF 2.1.0."))
class ApiDocs {

    static final String ADMIN = "admin";

    private static final Map<String, String> CHECK_ERRORS = errors(
            "400", "Not a declaration: not JSON, not a form, or an empty body (the detail says where)",
            "413", "The body or the batch is over the configured limit (the detail says the limit)",
            "415", "A content type the endpoint does not read",
            "429", "Too many requests from this client; retry after the time in Retry-After",
            "503", "The service is busy or the rule set is not loaded; retry later");

    private static final Map<String, String> ADMIN_ERRORS = errors(
            "401", "The admin credential is missing or wrong (closed while CHECKER_ADMIN_PASSWORD is unset)",
            "429", "Too many attempts; retry after the time in Retry-After");

    private static final Map<String, String> REVIEWER_ERRORS = errors(
            "400", "A malformed query parameter (the problem's 'parameter' names it)",
            "401", "No credential, or a wrong one",
            "403", "The credential's user does not have the REVIEWER (or ADMIN) role",
            "404", "Nothing stored under that id or key",
            "429", "Too many attempts; retry after the time in Retry-After");

    @Bean
    OpenApiCustomizer problemAnswersAndAdminScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(ADMIN, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("HTTP Basic: a user of checker.users.NAME (roles REVIEWER, ADMIN), or "
                            + "checker.admin.username / checker.admin.password (CHECKER_ADMIN_PASSWORD), who is ADMIN"));
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey("ProblemDetail")) {
                openApi.getComponents().addSchemas("ProblemDetail", new Schema<>().type("object")
                        .description("RFC 9457 problem details; title and detail in the language asked for "
                                + "(?lang=, else Accept-Language's zh or en, else English)")
                        .addProperty("type", new Schema<>().type("string").format("uri"))
                        .addProperty("title", new Schema<>().type("string"))
                        .addProperty("status", new Schema<>().type("integer"))
                        .addProperty("detail", new Schema<>().type("string"))
                        .addProperty("instance", new Schema<>().type("string").format("uri"))
                        .addProperty("code", new Schema<>().type("string").description(
                                "the kind of problem, for programs: not-json, not-a-form … for unreadable input, "
                                        + "else the type's last word (not-found, method-not-allowed, too-large …)"))
                        .addProperty("message", new Schema<>().type("object").description("the problem in both languages")
                                .addProperty("zh", new Schema<>().type("string"))
                                .addProperty("en", new Schema<>().type("string")))
                        .addProperty("parameter", new Schema<>().type("string").description(
                                "bad-parameter: the query parameter at fault")));
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
                boolean admin = path.startsWith("/api/v1/rules/");
                if (admin) {
                    op.addSecurityItem(new SecurityRequirement().addList(ADMIN));
                    addProblems(op, ADMIN_ERRORS);
                    if (path.endsWith("/reload") && op.getResponses().get("422") == null) {
                        op.getResponses().addApiResponse("422", new ApiResponse().description(
                                "The rules folder did not compile; the old rule set keeps serving (the body lists the errors)"));
                    }
                } else if (SecurityConfig.isReviewerPath(path)) {
                    op.addSecurityItem(new SecurityRequirement().addList(ADMIN));
                    addProblems(op, REVIEWER_ERRORS);
                } else if (path.startsWith("/api/v1/checks")) {
                    addProblems(op, CHECK_ERRORS);
                    // the check endpoints name problem+json among what they produce (a client that accepts only problems
                    // is told a bad body's 400): a report is never one
                    ApiResponse ok = op.getResponses().get("200");
                    if (ok != null && ok.getContent() != null) {
                        ok.getContent().remove("application/problem+json");
                    }
                }
            }));
        };
    }

    private static void addProblems(Operation op, Map<String, String> answers) {
        answers.forEach((status, description) -> {
            if (op.getResponses().get(status) == null) {
                op.getResponses().addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
            }
        });
    }

    private static Map<String, String> errors(String... statusAndDescription) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            map.put(statusAndDescription[i], statusAndDescription[i + 1]);
        }
        return map;
    }
}
