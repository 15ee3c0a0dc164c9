"""Airflow DAG: the skillgap nightly refresh through spark-submit.

Copy to your DAGs folder; needs apache-airflow-providers-apache-spark and a Spark connection
(`spark_default`) pointing at your cluster. The run date is Airflow's logical date, so a backfill or a
re-run of a night processes that night again and gives the same reports.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

with DAG(
    dag_id="skillgap_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,  # skillgap also refuses overlapping runs itself (exit code 5)
    default_args={"retries": 1, "retry_delay": timedelta(minutes=15)},
    tags=["skillgap"],
) as dag:
    SparkSubmitOperator(
        task_id="nightly",
        conn_id="spark_default",
        application="/opt/skillgap/skillgap.jar",
        java_class="org.skillgap.jobs.NightlyJob",
        application_args=[
            "--input", "hdfs:///skillgap/in",
            "--output", "hdfs:///skillgap/out",
            "--date", "{{ ds }}",
        ],
        executor_memory="4g",
        conf={"spark.executor.cores": "2"},
        env_vars={"SKILLGAP_LEARNER_KEY": "{{ var.value.skillgap_learner_key }}"},
    )
