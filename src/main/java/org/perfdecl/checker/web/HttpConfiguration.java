package org.perfdecl.checker.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How HTTP requests reach the checker: bodies read without holding threads, checks admitted within bounds. */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    @Bean
    CheckAdmission checkAdmission(CheckerProperties properties) {
        var http = properties.http();
        return new CheckAdmission(http.threads(), http.checkQueue(), http.checkQueueWait());
    }

    @Bean
    FilterRegistrationBean<BufferedBodyFilter> bufferedBodyFilter(CheckerProperties properties, CheckAdmission admission) {
        var registration = new FilterRegistrationBean<>(new BufferedBodyFilter(properties, admission));
        registration.addUrlPatterns("/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setAsyncSupported(true);
        return registration;
    }
}
