package org.perfdecl.checker.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * No handler argument here is annotated for Bean Validation ({@code @Valid}): the service checks its
 * inputs itself and answers with problems that name the field. Spring MVC would still start Hibernate
 * Validator for a validator nobody calls (~430 classes and its bootstrap at every start), so it gets one
 * that accepts everything. springdoc reads the constraint annotations by reflection and needs no validator.
 */
@Configuration(proxyBeanMethods = false)
class NoBeanValidation implements WebMvcConfigurer {

    private static final Validator NONE = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return false;
        }

        @Override
        public void validate(Object target, Errors errors) {
            // nothing is validated by annotation
        }
    };

    @Override
    public Validator getValidator() {
        return NONE;
    }
}
