package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the service as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "declaration-checker",
        version = "1",
        description = "Checks performance-target declarations (项目支出绩效目标申报表) against Drools rules and returns "
                + "a findings report: rule id, severity, field (JSON Pointer), message in Chinese and English, "
                + "value seen and expected, regulation. Canonical JSON: /schema/declaration.schema.json."))
class ApiDocs {
}
